using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>
/// A region's rules for declarations: by when a period must be declared (default: the last day of the
/// month after it) and within how many working days the answer (325) is due (the iJw norm: ten).
/// </summary>
internal sealed class DeclarationSettings : RegionOwnedEntity
{
    public const int DefaultDeadlineMonths = 1;
    public const int DefaultAnswerWorkingDays = 10;

    public int DeadlineMonths { get; set; } = DefaultDeadlineMonths;

    public int AnswerWorkingDays { get; set; } = DefaultAnswerWorkingDays;

    /// <summary>The last day of the <see cref="DeadlineMonths"/>-th month after the month the period ends in.</summary>
    public DateOnly DeadlineFor(DateOnly periodEnd)
    {
        var month = new DateOnly(periodEnd.Year, periodEnd.Month, 1).AddMonths(DeadlineMonths);
        return month.AddMonths(1).AddDays(-1);
    }
}
