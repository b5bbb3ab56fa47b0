using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Purchasing.Providers;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

internal sealed class AanbiedersModel(ProviderRegister register, IAuthorizationService authorization) : EditablePageModel(authorization, Policies.Purchasing)
{
    public IReadOnlyList<Provider> Providers { get; private set; } = [];

    [BindProperty]
    public NewProvider? Input { get; set; }

    public Task<IActionResult> OnPostAsync() => ChangeAsync(ct => register.AddAsync(Input!, ct));

    protected override async Task<bool> LoadAsync()
    {
        Providers = await register.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
