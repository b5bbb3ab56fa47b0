using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>
/// The volume accepted on one toewijzing so far, credits subtracted, as TR322 reads it. The database keeps it
/// (a trigger on every insert of declaration lines), so the application only reads it.
/// </summary>
internal sealed class AcceptedVolume : IMunicipalityOwned
{
    public Guid AssignmentId { get; init; }

    public Guid RegionId { get; set; }

    public Guid MunicipalityId { get; init; }

    public decimal Volume { get; init; }
}
