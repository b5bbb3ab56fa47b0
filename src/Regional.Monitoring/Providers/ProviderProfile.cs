using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Providers;

/// <summary>What a provider does for the region in a year (clients, municipalities served, turnover): it sets how often the region meets it.</summary>
internal sealed class ProviderProfile : RegionOwnedEntity
{
    public required Guid ProviderId { get; init; }

    public required int Year { get; init; }

    public required int Clients { get; set; }

    public required int MunicipalitiesServed { get; set; }

    public required decimal Turnover { get; set; }
}

/// <summary>A contract meeting with a provider, its notes, and what was agreed.</summary>
internal sealed class ProviderMeeting : RegionOwnedEntity
{
    public required Guid ProviderId { get; init; }

    public required DateOnly HeldOn { get; init; }

    public required string Notes { get; init; }

    public List<MeetingAction> Actions { get; init; } = [];
}

/// <summary>An action agreed in a meeting, with its owner and deadline.</summary>
internal sealed class MeetingAction : RegionOwnedEntity
{
    public Guid MeetingId { get; init; }

    public required string Description { get; init; }

    public required string Owner { get; init; }

    public required DateOnly Deadline { get; init; }

    public DateOnly? DoneOn { get; set; }
}

/// <summary>The yearly spending ceiling (bestedingsruimte) agreed with a provider.</summary>
internal sealed class SpendingCeiling : RegionOwnedEntity
{
    public required Guid ProviderId { get; init; }

    public required int Year { get; init; }

    public required decimal Amount { get; set; }
}
