using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Budgets;
using Regional.Finance.Owners;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Web;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>One row of the dashboard's pool table, formatted.</summary>
internal sealed record PoolShareRow(string Name, string Share, string PooledCost, string Borne, string Obligation, string Expected);

/// <summary>
/// A municipality's share at a glance: budgets against actual costs (also per month, as a chart and a
/// table), and per solidarity pool its key share and the settlement it can expect as things stand.
/// </summary>
internal sealed class MijnAandeelModel(
    BudgetService budgets, LiveShares shares, RegionDirectory directory, TimeProvider clock, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Budgets)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [FromQuery(Name = "jaar")]
    public int? RequestedYear { get; set; }

    [FromQuery(Name = "gemeente")]
    public string? RequestedMunicipality { get; set; }

    public int Year => RequestedYear ?? clock.Today().Year;

    public IReadOnlyList<MemberView> Choices { get; private set; } = [];

    public MemberView Municipality { get; private set; } = null!;

    public IReadOnlyList<BudgetUse> Budgets { get; private set; } = [];

    /// <summary>The budgets whose year is not closed: the ones an amendment or a closing may still name.</summary>
    public IReadOnlyList<BudgetUse> OpenBudgets => [.. Budgets.Where(b => b.Budget.ClosedOn is null)];

    /// <summary>How the budgets came to their amounts: each amendment, the primary budget first.</summary>
    public IReadOnlyList<BudgetAmendment> Amendments { get; private set; } = [];

    public IReadOnlyList<PoolShareRow> Pools { get; private set; } = [];

    /// <summary>Per budget (a domain, or ontschot all together) its own chart: spending of one domain is never set against another's budget.</summary>
    public IReadOnlyList<(string Title, string Svg)> MonthlyCharts { get; private set; } = [];

    public bool CanKeepBudgets => CanEdit;

    public Task<IActionResult> OnPostCreateAsync(SocialDomain? domain, string? amount) => ChangeAsync(async ct =>
    {
        await LoadAsync().ConfigureAwait(false);
        await budgets.CreateAsync(new NewBudget(Municipality.CbsCode, Year, domain, Amounts.Parse("Amount", amount), "Primaire begroting"), ct).ConfigureAwait(false);
    });

    public Task<IActionResult> OnPostAmendAsync(Guid budgetId, string? change, string? reason, string? key) =>
        ChangeAsync(ct => budgets.AmendAsync(budgetId, Amounts.Parse("Change", change), reason ?? "", key ?? "", ct));

    public Task<IActionResult> OnPostCloseAsync(Guid budgetId) => ChangeAsync(ct => budgets.CloseAsync(budgetId, ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Choices = (await directory.MembersAsync(ct).ConfigureAwait(false)).Where(m => Access.Scope.MunicipalityIds.Contains(m.MunicipalityId)).ToList();
        if (Choices.Count == 0)
        {
            return false;
        }

        Municipality = Choices.FirstOrDefault(m => string.Equals(m.CbsCode, RequestedMunicipality, StringComparison.OrdinalIgnoreCase)) ?? Choices[0];
        Budgets = (await budgets.UseAsync(Year, ct).ConfigureAwait(false)).Where(b => b.Budget.MunicipalityId == Municipality.MunicipalityId).ToList();
        Amendments = await budgets.AmendmentsAsync([.. Budgets.Select(b => b.Budget.Id)], ct).ConfigureAwait(false);
        MonthlyCharts = Budgets.Select(b => ChartTitle(b) is var title ? (title, BarChart.Svg(title, ["Realisatie", "Begroting (1/12)"],
            Enumerable.Range(0, 12).Select(m => (Labels.Month(m + 1), (IReadOnlyList<decimal>)[b.ActualPerMonth[m], b.Budget.Amount / 12])).ToList(), Labels.Euro)) : default).ToList();
        Pools = await PoolRowsAsync(ct).ConfigureAwait(false);
        return true;
    }

    private static string ChartTitle(BudgetUse use) => $"{use.Budget.Name}: realisatie per maand tegenover de begroting";

    private async Task<IReadOnlyList<PoolShareRow>> PoolRowsAsync(CancellationToken ct) =>
        (await shares.OfAsync(Municipality.MunicipalityId, Year, ct).ConfigureAwait(false)).Select(s => s.Expected is { Share: { } share } e
            ? new PoolShareRow(s.Pool.Name, share.ToString("P2", Dutch), Labels.Euro(e.PooledCost), Labels.Euro(e.Borne!.Value), Labels.Euro(e.Obligation!.Value),
                e.Amount >= 0 ? $"betaalt {Labels.Euro(e.Amount!.Value)}" : $"ontvangt {Labels.Euro(-e.Amount!.Value)}")
            : new PoolShareRow(s.Pool.Name, s.Expected.Problem!, Labels.Euro(s.Expected.PooledCost), "", "", "")).ToList();
}
