using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Regional.Kernel.Exports;

/// <summary>
/// A real .xlsx workbook with one sheet: a bold header row, text as text, and euro and share columns as numbers in a
/// euro or percentage format, so a spreadsheet can add them up.
/// </summary>
public static class XlsxExport
{
    private const uint Header = 1;
    private const uint EuroStyle = 2;
    private const uint PercentStyle = 3;
    private const uint EuroFormatId = 164;
    private const uint PercentFormatId = 165;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(table.Headers.Select(h => TextCell(h, Header))));
            foreach (var row in table.Rows)
            {
                data.Append(new Row(row.Select((value, column) => Cell(value, table.KindOf(column)))));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Title[..Math.Min(31, table.Title.Length)] });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell Cell(string value, ColumnKind kind) => kind switch
    {
        ColumnKind.Euro when decimal.TryParse(value, NumberStyles.Number, Dutch, out var euros) => NumberCell(euros, EuroStyle),
        ColumnKind.Percent when decimal.TryParse(value.Replace("%", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, Dutch, out var percent) =>
            NumberCell(percent / 100m, PercentStyle),
        _ => TextCell(value, 0),
    };

    private static Cell NumberCell(decimal value, uint style) =>
        new() { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    private static Cell TextCell(string value, uint style) =>
        new() { DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new Text(value)) };

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = EuroFormatId, FormatCode = "\"€\" #,##0.00;\"€\" -#,##0.00" },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0000%" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = EuroFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = PercentFormatId, ApplyNumberFormat = true }) { Count = 4 });
}
