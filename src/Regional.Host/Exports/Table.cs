namespace Regional.Host.Exports;

/// <summary>A table to export: a title (sheet name), column headers and rows of already formatted cells.</summary>
public sealed record Table(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
