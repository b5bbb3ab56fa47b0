using System.ComponentModel.DataAnnotations;

namespace Regional.Finance.Keys;

/// <summary>What a component of a distribution key measures per municipality.</summary>
internal enum KeyBasis
{
    /// <summary>A percentage agreed by the board.</summary>
    [Display(Name = "Vast percentage")]
    FixedPercentage,

    /// <summary>Inhabitants on the key's reference date (CBS).</summary>
    [Display(Name = "Inwoners")]
    Inhabitants,

    /// <summary>Inhabitants aged 0-17 on the reference date (CBS).</summary>
    [Display(Name = "Inwoners 0-17 jaar")]
    InhabitantsAged0To17,

    /// <summary>Share of the pool's costs over earlier years.</summary>
    [Display(Name = "Historisch kostenaandeel (3 jaar)")]
    HistoricalCosts,

    /// <summary>Clients in care in the year before.</summary>
    [Display(Name = "Cliënten vorig jaar")]
    ClientsPreviousYear,

    /// <summary>Average number of clients over the three years before.</summary>
    [Display(Name = "Cliënten (3-jaarsgemiddelde)")]
    ClientsThreeYearAverage,
}

/// <summary>One weighted part of a key; a key's weights are non-negative and sum to exactly 1.</summary>
internal sealed record KeyComponent(KeyBasis Basis, decimal Weight);

/// <summary>A municipality's measured value for one basis (its inhabitants, its clients, its agreed percentage).</summary>
internal sealed record KeyInput(Guid MunicipalityId, KeyBasis Basis, decimal Value);

/// <summary>A municipality's share under a key, with the share per component so it can be explained.</summary>
internal sealed record KeyShare(Guid MunicipalityId, decimal Share, IReadOnlyList<ComponentShare> Components);

internal sealed record ComponentShare(KeyBasis Basis, decimal Weight, decimal Value, decimal Total, decimal Share);
