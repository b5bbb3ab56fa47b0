using Regional.Kernel.Identity;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Regio;

public sealed class IndexModel(RegionDirectory directory) : RegionPageModel
{
    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public bool CanReadAudit => Access.IsPlatformAdministrator || Access.Has(Role.Auditor, Role.FinanceController, Role.Purchaser);

    /// <summary>What the user does here first, by role (README "Roles").</summary>
    public string RoleSummary => Access switch
    {
        { IsPlatformAdministrator: true } => "U beheert deze regio: deelnemers per domein en hun lidmaatschapsperiodes.",
        _ when Access.Has(Role.Purchaser) => "U bent inkoper van deze regio: u beheert aanbieders, contracten, producten en tarieven.",
        _ when Access.Has(Role.FinanceController) && Access.SeesWholeRegion => "U bent controller van de regio: budgetten, solidariteitspools en verrekeningen.",
        _ when Access.Has(Role.FinanceController) => "U bent controller van uw gemeente: uw aandeel in budgetten en verrekeningen.",
        _ when Access.Has(Role.MunicipalityUser) => "U werkt voor uw gemeente: u ziet uw eigen aandeel en beheert uw toegangsteams.",
        _ => "U heeft leesrechten als auditor; u kunt niets wijzigen.",
    };

    public async Task OnGetAsync() => Members = await directory.MembersAsync(HttpContext.RequestAborted).ConfigureAwait(false);
}
