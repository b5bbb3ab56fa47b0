using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Budgets;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Web;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>The region's pools with their latest settlement, and the year-end draft of every pool of a year.</summary>
internal sealed class IndexModel(PoolService pools, SettlementService settlements, BudgetService budgets, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Finance)
{
    public IReadOnlyList<Pool> Pools { get; private set; } = [];

    public IReadOnlyDictionary<Guid, Settlement> Latest { get; private set; } = new Dictionary<Guid, Settlement>();

    public decimal WarnAtPercent { get; private set; }

    /// <summary>What the last year-end draft did, shown once after it.</summary>
    [TempData]
    public string? YearDraftReport { get; set; }

    public Task<IActionResult> OnPostDraftYearAsync(int year) => ChangeAsync(async ct =>
    {
        var outcomes = await settlements.DraftYearAsync(year, ct).ConfigureAwait(false);
        if (outcomes.Count == 0)
        {
            throw new RuleViolationException("Year", $"Er zijn geen pools in {year}.");
        }

        var skipped = outcomes.Where(o => o.Settlement is null).Select(o => $"{o.Pool.Name}: {o.Problem}");
        YearDraftReport = string.Join("\n", [$"{outcomes.Count(o => o.Settlement is not null)} van {outcomes.Count} pools van {year} hebben een concept-verrekening.", .. skipped]);
    });

    public Task<IActionResult> OnPostWarningAsync(string? warnAtPercent) =>
        ChangeAsync(ct => budgets.SetWarningAsync(Amounts.Parse("WarnAtPercent", warnAtPercent), ct));

    protected override async Task<bool> LoadAsync()
    {
        WarnAtPercent = (await budgets.SettingsAsync(HttpContext.RequestAborted).ConfigureAwait(false)).WarnAtPercent;
        Pools = await pools.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Latest = await settlements.LatestPerPoolAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
