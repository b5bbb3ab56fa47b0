using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Auditing;
using Regional.Kernel.Persistence;
using Regional.Purchasing.Catalogue;

namespace Regional.Care.Assignments;

/// <summary>
/// A toewijzing: a municipality's decision that a client gets a product from a provider, for a period and a
/// size (volume, unit, frequency). The client is kept as a keyed hash (to match declarations), the BSN
/// encrypted and its mask; never in clear.
/// </summary>
internal sealed class Assignment : RegionOwnedEntity, IMunicipalityOwned
{
    public required Guid MunicipalityId { get; init; }

    /// <summary>The toewijzingnummer, unique in the region.</summary>
    public required string Reference { get; init; }

    [Sensitive]
    public required string ClientHash { get; init; }

    [Sensitive]
    public required string ClientCipher { get; init; }

    public required string ClientMasked { get; init; }

    /// <summary>For the continuity of care at 18.</summary>
    public DateOnly? ClientBirthDate { get; init; }

    public required Guid ProductId { get; init; }

    public required Guid ProviderId { get; init; }

    public required Guid ContractId { get; init; }

    public required DateOnly StartsOn { get; init; }

    public required DateOnly EndsOn { get; init; }

    public required decimal Volume { get; init; }

    public required Unit Unit { get; init; }

    public required Frequency Frequency { get; init; }

    /// <summary>The tariff in force at the start, and what the assignment commits: total volume x tariff.</summary>
    public required decimal Tariff { get; init; }

    public required decimal Commitment { get; init; }
}

/// <summary>iJw/iWmo frequency: per day, week or month, or a total within the assignment's period (the flexible beschikking).</summary>
internal enum Frequency
{
    [Display(Name = "per dag")]
    PerDay = 1,
    [Display(Name = "per week")]
    PerWeek = 2,
    [Display(Name = "per maand")]
    PerMonth = 4,
    [Display(Name = "totaal binnen de geldigheidsduur")]
    TotalWithinPeriod = 6,
}
