using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;

namespace Regional.Finance.Commitments;

/// <summary>A commitment as finance receives it (from an assignment): the amount over its whole period.</summary>
public sealed record CommitmentMade(Guid MunicipalityId, SocialDomain Domain, Period Period, Money Amount, string SourceKey);

/// <summary>How commitments enter finance; the amount is spread over the calendar years of its period by days, to the cent.</summary>
public interface ICommitments
{
    Task RecordAsync(CommitmentMade commitment, CancellationToken cancellationToken = default);
}
