using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

internal sealed class ProcedureModel(
    ProcedureService procedures, ProductCatalogue catalogue, ProviderRegister providers, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Procedure Procedure { get; private set; } = null!;

    public IReadOnlyList<Product> ScopeProducts { get; private set; } = [];

    public IReadOnlyList<Admission> Admissions { get; private set; } = [];

    public IReadOnlyList<Provider> Providers { get; private set; } = [];

    public string ProviderName(Guid id) => Providers.FirstOrDefault(p => p.Id == id)?.Name ?? "?";

    public Task<IActionResult> OnPostStatusAsync(AdmissionStatus status) => ChangeAsync(ct => procedures.SetAdmissionStatusAsync(Id, status, ct));

    public Task<IActionResult> OnPostRequirementAsync(RequirementLevel level, string? text, bool mandatory) =>
        ChangeAsync(ct => procedures.AddRequirementAsync(Id, new NewRequirement(level, text ?? "", mandatory), ct));

    public Task<IActionResult> OnPostApplyAsync(Guid providerId, DateOnly appliedOn) =>
        ChangeThenGoAsync(async ct =>
        {
            var admission = await procedures.ApplyAsync(Id, providerId, appliedOn, ct).ConfigureAwait(false);
            return $"/regio/{Access.Region.Code}/inkoop/aanmeldingen/{admission.Id}";
        });

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await procedures.FindAsync(Id, ct).ConfigureAwait(false) is not { } procedure)
        {
            return false;
        }

        Procedure = procedure;
        var inScope = procedure.Products.Select(p => p.ProductId).ToHashSet();
        ScopeProducts = (await catalogue.ListAsync(ct).ConfigureAwait(false)).Where(p => inScope.Contains(p.Id)).ToList();
        Admissions = await procedures.AdmissionsAsync(Id, ct).ConfigureAwait(false);
        Providers = await providers.ListAsync(ct).ConfigureAwait(false);
        return true;
    }
}
