using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Facts;

namespace Regional.Care.Assignments;

/// <summary>Named rules of assignments; each has a test named after it.</summary>
internal static class AssignmentRules
{
    public static Period Period(DateOnly? start, DateOnly? end) =>
        start is { } from && end is { } to && to >= from
            ? new Period(from, to)
            : throw new RuleViolationException("EndsOn", "Een toewijzing heeft een begin- en einddatum, het einde niet vóór het begin.");

    public static void VolumeIsPositive(decimal volume)
    {
        if (volume <= 0)
        {
            throw new RuleViolationException("Volume", "Het volume van een toewijzing is groter dan nul.");
        }
    }

    /// <summary>The same client, care, provider, period and size: a repeat of an assignment, not a new one.</summary>
    public static bool SameAssignment(Assignment recorded, Assignment sent)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(sent);
        return (recorded.MunicipalityId, recorded.ClientHash, recorded.ProductId, recorded.ProviderId, recorded.StartsOn, recorded.EndsOn, recorded.Volume, recorded.Frequency)
            == (sent.MunicipalityId, sent.ClientHash, sent.ProductId, sent.ProviderId, sent.StartsOn, sent.EndsOn, sent.Volume, sent.Frequency);
    }

    /// <summary>The provider's contract that includes the product for the whole period.</summary>
    public static ContractInfo ContractCovering(IEnumerable<ContractInfo> contracts, Guid providerId, ProductInfo product, Period period)
    {
        ArgumentNullException.ThrowIfNull(product);
        return contracts.FirstOrDefault(c => c.ProviderId == providerId && c.Covers(product.Id, period))
            ?? throw new RuleViolationException("ProviderId", $"De aanbieder is niet gecontracteerd voor {product.Code} in de hele periode {period}.");
    }
}
