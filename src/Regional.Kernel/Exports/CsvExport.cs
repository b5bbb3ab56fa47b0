using Regional.Kernel.Csv;

namespace Regional.Kernel.Exports;

/// <summary>A table as a CSV file in the Dutch convention (<see cref="DutchCsv"/>), beside its xlsx and PDF.</summary>
public static class CsvExport
{
    public static byte[] Write(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return DutchCsv.Bytes(table.Rows.Prepend(table.Headers));
    }
}
