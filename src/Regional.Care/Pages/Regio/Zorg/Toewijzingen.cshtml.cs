using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Care.Assignments;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;
using Regional.Web;

namespace Regional.Care.Pages.Regio.Zorg;

/// <summary>Assignments of the municipalities the user may see, clients masked; a municipality records its own.</summary>
internal sealed class ToewijzingenModel(
    AssignmentService assignments, IPurchasedCare purchased, RegionDirectory directory, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.MunicipalityEdit)
{
    public IReadOnlyList<Assignment> Assignments { get; private set; } = [];

    public IReadOnlyDictionary<Guid, ProductInfo> Products { get; private set; } = new Dictionary<Guid, ProductInfo>();

    public IReadOnlyDictionary<Guid, ProviderInfo> Providers { get; private set; } = new Dictionary<Guid, ProviderInfo>();

    public IReadOnlyList<MemberView> Municipalities { get; private set; } = [];

    public Task<IActionResult> OnPostAsync(
        Guid municipalityId, string? reference, string? bsn, DateOnly? birthDate, string? productCode, Guid providerId,
        DateOnly? startsOn, DateOnly? endsOn, string? volume, Frequency frequency) =>
        ChangeAsync(ct => assignments.CreateAsync(new NewAssignment(
            municipalityId, reference ?? "", bsn ?? "", birthDate, productCode ?? "", providerId, startsOn, endsOn, Amounts.Parse("Volume", volume), frequency), ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Assignments = await assignments.ListAsync(ct).ConfigureAwait(false);
        Products = (await purchased.ProductsAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Id);
        Providers = (await purchased.ProvidersAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Id);
        Municipalities = (await directory.MembersAsync(ct).ConfigureAwait(false)).Where(m => Access.Scope.MunicipalityIds.Contains(m.MunicipalityId)).ToList();
        return true;
    }
}
