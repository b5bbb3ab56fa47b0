using Regional.Kernel.Persistence;

namespace Regional.Finance.Budgets;

/// <summary>
/// A region's signal for its members' budgets: a budget warns once its actuals plus what assignments commit reach
/// this percentage of the budgeted amount (default 90%), so a municipality can act before it overspends.
/// </summary>
internal sealed class BudgetSettings : RegionOwnedEntity
{
    public const decimal DefaultWarnAtPercent = 90m;

    public decimal WarnAtPercent { get; set; } = DefaultWarnAtPercent;
}
