using System.Text;

namespace Regional.Host.Exports;

/// <summary>CSV as Dutch spreadsheet users open it: semicolon-separated, UTF-8 with BOM, quoted where needed.</summary>
public static class CsvExport
{
    public static byte[] Write(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        foreach (var row in table.Rows.Prepend(table.Headers))
        {
            text.AppendJoin(';', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // A leading = + - @ would be run as a formula by spreadsheets: prefix it (CSV injection).
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !decimal.TryParse(cell, out _) ? "'" + cell : cell;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
