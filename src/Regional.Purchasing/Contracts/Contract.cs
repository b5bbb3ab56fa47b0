using Regional.Kernel.Persistence;
using Regional.Kernel.Values;

namespace Regional.Purchasing.Contracts;

/// <summary>
/// A framework contract (raamovereenkomst) with an admitted provider: a term, optional extensions,
/// the products the provider may deliver, and for casusregie the main contractor it works under.
/// </summary>
internal sealed class Contract : RegionOwnedEntity
{
    public required string Number { get; init; }

    public required Guid ProcedureId { get; init; }

    public required Guid ProviderId { get; init; }

    public required DateOnly StartsOn { get; init; }

    /// <summary>Current end, including the extensions decided so far.</summary>
    public required DateOnly EndsOn { get; set; }

    public string? Lot { get; set; }

    /// <summary>The provider this one subcontracts for (hoofdaannemer), if any.</summary>
    public Guid? MainContractorId { get; set; }

    public List<ContractProduct> Products { get; init; } = [];

    public List<ContractExtension> Extensions { get; init; } = [];

    public Period Term => new(StartsOn, EndsOn);
}

internal sealed class ContractProduct : RegionOwnedEntity
{
    public Guid ContractId { get; init; }

    public required Guid ProductId { get; init; }
}

/// <summary>A decision to extend a contract, e.g. Groningen's 2016-2017 contracts extended to 2018.</summary>
internal sealed class ContractExtension : RegionOwnedEntity
{
    public Guid ContractId { get; init; }

    public required DateOnly PreviousEnd { get; init; }

    public required DateOnly NewEnd { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public required string DecidedBy { get; init; }

    /// <summary>Reference of the decision, e.g. a board resolution.</summary>
    public required string Reference { get; init; }
}
