using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

internal sealed class AanmeldingModel(
    ProcedureService procedures, ContractService contracts, ProductCatalogue catalogue, ProviderRegister providers, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Admission Admission { get; private set; } = null!;

    public Procedure Procedure { get; private set; } = null!;

    public IReadOnlyList<Product> ScopeProducts { get; private set; } = [];

    public IReadOnlyList<Provider> Providers { get; private set; } = [];

    public string ProviderName(Guid id) => Providers.FirstOrDefault(p => p.Id == id)?.Name ?? "?";

    public Task<IActionResult> OnPostDecideAsync(List<AssessmentInput> assessments, bool admit, string? note) =>
        ChangeAsync(ct => procedures.DecideAsync(Id, assessments, admit, note, ct));

    public Task<IActionResult> OnPostContractAsync(
        string? number, DateOnly? startsOn, DateOnly? endsOn, string? lot, Guid? mainContractorId, List<Guid> productIds) =>
        ChangeThenGoAsync(async ct =>
        {
            var contract = await contracts.CreateAsync(
                new NewContract(Id, number ?? "", startsOn ?? default, endsOn ?? default, productIds, lot, mainContractorId), ct).ConfigureAwait(false);
            return $"/regio/{Access.Region.Code}/inkoop/contracten/{contract.Id}";
        });

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if ((await procedures.AdmissionsAsync(cancellationToken: ct).ConfigureAwait(false)).FirstOrDefault(a => a.Id == Id) is not { } admission)
        {
            return false;
        }

        Admission = admission;
        Procedure = (await procedures.FindAsync(admission.ProcedureId, ct).ConfigureAwait(false))!;
        var inScope = Procedure.Products.Select(p => p.ProductId).ToHashSet();
        ScopeProducts = (await catalogue.ListAsync(ct).ConfigureAwait(false)).Where(p => inScope.Contains(p.Id)).ToList();
        Providers = await providers.ListAsync(ct).ConfigureAwait(false);
        return true;
    }
}
