using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Budgets;

/// <summary>
/// A municipality's budget for a year: for one domain, or one budget over all three (ontschotting).
/// Its amount is the sum of its amendments, kept current under a row lock; a closed year takes none.
/// </summary>
internal sealed class Budget : RegionOwnedEntity, IMunicipalityOwned
{
    public required Guid MunicipalityId { get; init; }

    public required int Year { get; init; }

    /// <summary>The domain, or null for a cross-domain budget (Jeugd, Wmo and Participatie together).</summary>
    public SocialDomain? Domain { get; init; }

    public decimal Amount { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string Name => Domain is { } domain ? $"{domain} {Year}" : $"Sociaal domein (ontschot) {Year}";
}

/// <summary>A change to a budget (the first is the primary budget); append-only, once per idempotency key.</summary>
internal sealed class BudgetAmendment : RegionOwnedEntity, IMunicipalityOwned
{
    public required Guid BudgetId { get; init; }

    public required Guid MunicipalityId { get; init; }

    public required decimal Amount { get; init; }

    public required string Reason { get; init; }

    public required string IdempotencyKey { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}
