using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Indicators;

/// <summary>
/// A policy indicator in the form of a municipal budget's table (Groningen's "Indicatoren | Behaald |
/// Begroting | Beoogd"): of one municipality, or of the region as a whole (no municipality). Optionally the
/// end of a chain ambition -> societal result -> indicator (the Kop van Noord-Holland's monitor).
/// </summary>
internal sealed class Indicator : RegionOwnedEntity
{
    /// <summary>Null: a regional indicator, which every member sees.</summary>
    public Guid? MunicipalityId { get; init; }

    public required string Name { get; init; }

    public required IndicatorUnit Unit { get; init; }

    public IndicatorNote Note { get; init; }

    public required string Source { get; init; }

    /// <summary>"We willen dat ..."</summary>
    public string? Ambition { get; init; }

    /// <summary>"Over X jaar willen we dat ..."</summary>
    public string? SocietalResult { get; init; }

    public int Order { get; init; }

    public List<IndicatorValue> Values { get; init; } = [];
}

/// <summary>One cell of the table: realised, budgeted or intended in a year; a number, or a direction such as "toename".</summary>
internal sealed class IndicatorValue : RegionOwnedEntity
{
    public Guid IndicatorId { get; init; }

    /// <summary>The indicator's municipality, repeated so the row carries its own isolation.</summary>
    public Guid? MunicipalityId { get; init; }

    public required int Year { get; init; }

    public required IndicatorValueKind Kind { get; init; }

    public decimal? Value { get; init; }

    public string? Direction { get; init; }
}

internal enum IndicatorUnit
{
    Percentage,
    Count,
}

internal enum IndicatorValueKind
{
    Realised,
    Budgeted,
    Intended,
}

/// <summary>The footnotes of the Groningen table.</summary>
internal enum IndicatorNote
{
    None,

    /// <summary>"nieuwe indicator (= 0-meting)"</summary>
    NewIndicatorZeroMeasurement,

    /// <summary>"deze indicator wordt nog nader geoperationaliseerd" (also new)</summary>
    StillToBeOperationalised,

    /// <summary>"betreft een kengetal waaraan sec geen prestatiedoel wordt gekoppeld"</summary>
    KeyFigureWithoutTarget,
}
