using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Monitoring.Exports;
using Regional.Kernel.Identity;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Monitoring.Indicators;
using Regional.Web;
using Regional.Kernel.Exports;

namespace Regional.Monitoring.Pages.Regio.Monitoring;

/// <summary>
/// The indicator register as a budget's table, per municipality and for the region. The database decides
/// what a user sees: a municipality its own indicators and the region's. A municipality keeps its own.
/// </summary>
internal sealed class IndicatorenModel(IndicatorRegister register, RegionDirectory directory, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.MunicipalityEdit)
{
    public Table Table { get; private set; } = null!;

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public IReadOnlyList<(int Year, IndicatorValueKind Kind)> Columns { get; private set; } = [];

    public Task<IActionResult> OnPostAsync(Guid? municipalityId, string? name, IndicatorUnit unit, IndicatorNote note, string? source, string? ambition, string? societalResult) =>
        ChangeAsync(ct => municipalityId is null && !Access.Has(Role.Purchaser)
            ? throw new RuleViolationException(nameof(municipalityId), "Alleen de inkoper van de regio voegt regionale indicatoren toe.")
            : register.AddAsync(new NewIndicator(municipalityId, name ?? "", unit, note, source ?? "", ambition, societalResult), [], ct));

    public Task<IActionResult> OnPostValueAsync(Guid id, int year, IndicatorValueKind kind, string? value, string? direction) =>
        ChangeAsync(ct => register.RecordAsync(id, new NewIndicatorValue(year, kind, Amounts.ParseOptional("Value", value), string.IsNullOrWhiteSpace(direction) ? null : direction), ct));

    protected override async Task<bool> LoadAsync()
    {
        Indicators = await register.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Members = await directory.MembersAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Columns = MonitoringTables.IndicatorColumns(Indicators);
        Table = MonitoringTables.Indicators(Indicators, Members);
        return true;
    }
}
