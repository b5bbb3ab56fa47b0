namespace Regional.Kernel.Exports;

/// <summary>What a column holds, so that each format can show it as its readers expect (a spreadsheet a number, a PDF right-aligned).</summary>
public enum ColumnKind
{
    Text,

    /// <summary>Euros, formatted Dutch (1.234,56).</summary>
    Euro,

    /// <summary>A share, formatted Dutch (12,3456%).</summary>
    Percent,
}

/// <summary>A table to export: a title (sheet name), column headers and rows of already formatted cells.</summary>
public sealed record Table(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Per column; columns not named are text.</summary>
    public IReadOnlyList<ColumnKind> Kinds { get; init; } = [];

    public ColumnKind KindOf(int column) => column < Kinds.Count ? Kinds[column] : ColumnKind.Text;
}
