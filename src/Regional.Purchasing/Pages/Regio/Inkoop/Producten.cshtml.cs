using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Kernel.Modules;
using Regional.Purchasing.Catalogue;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

internal sealed class ProductenModel(ProductCatalogue catalogue, IEnumerable<IDomainModule> modules, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    public IReadOnlyList<Product> Products { get; private set; } = [];

    [BindProperty]
    public NewProduct? Input { get; set; }

    public string CategoryName(Product product) =>
        modules.Single(m => m.Domain == product.Domain).ProductCategories.FirstOrDefault(c => c.Code == product.CategoryCode)?.Description ?? "";

    public Task<IActionResult> OnPostAsync() => ChangeAsync(ct => catalogue.AddAsync(Input!, ct));

    protected override async Task<bool> LoadAsync()
    {
        Products = await catalogue.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
