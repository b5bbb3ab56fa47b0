using Regional.Kernel.Persistence;

namespace Regional.Finance.Population;

/// <summary>Inhabitants of a municipality on a reference date (CBS), as imported for keys by inhabitants.</summary>
internal sealed class PopulationFigure : RegionOwnedEntity
{
    public required Guid MunicipalityId { get; init; }

    public required DateOnly ReferenceDate { get; init; }

    public required int Inhabitants { get; init; }

    public int? InhabitantsAged0To17 { get; init; }

    /// <summary>Where the figures come from, e.g. "CBS StatLine 03759ned, export 2019-02-01".</summary>
    public required string Source { get; init; }
}

/// <summary>One row of a population file before it is checked against the region.</summary>
internal sealed record PopulationRow(int Line, string CbsCode, int Inhabitants, int? InhabitantsAged0To17);
