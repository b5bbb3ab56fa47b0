using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Budgets;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Regio;

/// <summary>One row of the dashboard's pool table, formatted.</summary>
public sealed record PoolShareRow(string Name, string Share, string PooledCost, string Borne, string Obligation, string Expected);

/// <summary>
/// A municipality's share at a glance: budgets against actual costs (also per month, as a chart and a
/// table), and per solidarity pool its key share and the settlement it can expect as things stand.
/// </summary>
public sealed class MijnAandeelModel(
    BudgetService budgets, PoolService pools, SettlementService settlements, RegionDirectory directory, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Budgets)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [FromQuery(Name = "jaar")]
    public int? RequestedYear { get; set; }

    [FromQuery(Name = "gemeente")]
    public string? RequestedMunicipality { get; set; }

    public int Year => RequestedYear ?? DateTime.Today.Year;

    public IReadOnlyList<MemberView> Choices { get; private set; } = [];

    public MemberView Municipality { get; private set; } = null!;

    public IReadOnlyList<BudgetUse> Budgets { get; private set; } = [];

    public IReadOnlyList<PoolShareRow> Pools { get; private set; } = [];

    public string MonthlyChart { get; private set; } = "";

    public bool CanKeepBudgets => CanEdit;

    public string MonthName(int index) => Dutch.DateTimeFormat.GetMonthName(index + 1);

    public Task<IActionResult> OnPostCreateAsync(SocialDomain? domain, string? amount) => ChangeAsync(async ct =>
    {
        await LoadAsync().ConfigureAwait(false);
        await budgets.CreateAsync(new NewBudget(Municipality.CbsCode, Year, domain, Amounts.Parse("Amount", amount), "Primaire begroting"), ct).ConfigureAwait(false);
    });

    public Task<IActionResult> OnPostAmendAsync(Guid budgetId, string? change, string? reason, string? key) =>
        ChangeAsync(ct => budgets.AmendAsync(budgetId, Amounts.Parse("Change", change), reason ?? "", key ?? "", ct));

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
        MonthlyChart = BarChart.Svg(
            "Realisatie per maand tegenover de begroting",
            ["Realisatie", "Begroting (1/12)"],
            Enumerable.Range(0, 12).Select(m => (MonthName(m), (IReadOnlyList<decimal>)[Budgets.Sum(b => b.ActualPerMonth[m]), Budgets.Sum(b => b.Budget.Amount) / 12])).ToList(),
            Labels.Euro);
        Pools = await PoolRowsAsync(ct).ConfigureAwait(false);
        return true;
    }

    private async Task<IReadOnlyList<PoolShareRow>> PoolRowsAsync(CancellationToken ct)
    {
        var rows = new List<PoolShareRow>();
        foreach (var pool in (await pools.ListAsync(ct).ConfigureAwait(false)).Where(p => p.Year == Year))
        {
            try
            {
                var line = (await settlements.PreviewAsync(pool.Id, ct).ConfigureAwait(false)).FirstOrDefault(l => l.MunicipalityId == Municipality.MunicipalityId);
                rows.Add(line is null
                    ? new PoolShareRow(pool.Name, "geen deelnemer", Labels.Euro(pool.PooledCost), "", "", "")
                    : new PoolShareRow(pool.Name, line.Share.ToString("P2", Dutch), Labels.Euro(pool.PooledCost), line.Borne.ToString(), line.Obligation.ToString(),
                        line.Amount.Euros >= 0 ? $"betaalt {line.Amount}" : $"ontvangt {-line.Amount}"));
            }
            catch (RuleViolationException e)
            {
                rows.Add(new PoolShareRow(pool.Name, e.Message, Labels.Euro(pool.PooledCost), "", "", ""));
            }
        }

        return rows;
    }
}
