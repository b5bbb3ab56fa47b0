using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Procedures;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

internal sealed class ProceduresModel(ProcedureService procedures, ProductCatalogue catalogue, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];

    public IReadOnlyList<Product> Products { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public ProcedureKind Kind { get; set; }

    [BindProperty]
    public SocialDomain Domain { get; set; }

    [BindProperty]
    public DateOnly? StartsOn { get; set; }

    [BindProperty]
    public DateOnly? EndsOn { get; set; }

    [BindProperty]
    public List<string> ProductCodes { get; set; } = [];

    public Task<IActionResult> OnPostAsync() => ChangeThenGoAsync(async ct =>
    {
        var procedure = await procedures.CreateAsync(
            new NewProcedure(Name ?? "", Kind, Domain, StartsOn ?? throw Missing(nameof(StartsOn)), EndsOn, ProductCodes), ct).ConfigureAwait(false);
        return $"/regio/{Access.Region.Code}/inkoop/procedures/{procedure.Id}";
    });

    protected override async Task<bool> LoadAsync()
    {
        Procedures = await procedures.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Products = await catalogue.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static Kernel.Security.RuleViolationException Missing(string field) => new(field, "Vul de begindatum in.");
}
