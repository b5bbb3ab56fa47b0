using System.Globalization;
using System.Text;

namespace Regional.Kernel.Exports;

/// <summary>
/// A table as an A4 landscape PDF, written directly (PDF 1.4, the standard Helvetica fonts with
/// WinAnsi encoding, so Dutch text and the euro sign print without embedding fonts). PdfSharp 6.5 was
/// not used: it now requires loading an AGPL or commercial licence at run time, a decision for the
/// product owner, not a dependency to slip in.
/// </summary>
public static class PdfExport
{
    private const double Width = 842;
    private const double Height = 595;
    private const double Margin = 36;
    private const double RowHeight = 16;
    private const int RowsPerPage = 28;

    public static byte[] Write(Table table, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pages = table.Rows.Chunk(RowsPerPage).DefaultIfEmpty([]).Select((rows, i) => PageContent(table, subtitle, rows, i)).ToList();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{5 + (i * 2)} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        foreach (var content in pages)
        {
            var page = objects.Count + 1;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {page + 1} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        }

        objects.Add($"<< /Title ({Escape(table.Title)}) /Producer (Regional) >>");
        return Assemble(objects);
    }

    private static string PageContent(Table table, string subtitle, IReadOnlyList<IReadOnlyList<string>> rows, int pageIndex)
    {
        var column = (Width - (2 * Margin)) / table.Headers.Count;
        var text = new StringBuilder();
        var y = Height - Margin - 16;
        Text(text, "F2", 16, Margin, y, pageIndex == 0 ? table.Title : $"{table.Title} (vervolg)");
        Text(text, "F1", 9, Margin, y -= 18, subtitle);
        y -= 26;
        for (var i = 0; i < table.Headers.Count; i++)
        {
            Cell(text, "F2", table.KindOf(i) != ColumnKind.Text, Margin + (i * column), column, y, table.Headers[i]);
        }

        foreach (var row in rows)
        {
            y -= RowHeight;
            text.Append(CultureInfo.InvariantCulture, $"0.8 G {Margin} {y + 12} m {Width - Margin} {y + 12} l S\n");
            for (var i = 0; i < row.Count; i++)
            {
                var kind = table.KindOf(i);
                Cell(text, "F1", kind != ColumnKind.Text, Margin + (i * column), column, y, kind == ColumnKind.Euro && row[i].Length > 0 ? "€ " + row[i] : row[i]);
            }
        }

        return text.ToString();
    }

    // Numbers are right-aligned in their column, so that the digits of a column line up and the totals read at a glance.
    private static void Cell(StringBuilder content, string font, bool rightAligned, double left, double width, double y, string value)
    {
        const double size = 8.5;
        const double padding = 6;
        var x = rightAligned ? left + width - padding - TextWidth(value, size) : left;
        Text(content, font, size, x, y, value);
    }

    // Helvetica's advance widths (per 1000 units of the font size) for ASCII 32-126, from its standard font metrics;
    // other characters are taken as a digit's width.
    private static readonly int[] HelveticaWidths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
        278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
        611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private static double TextWidth(string value, double size) =>
        value.Sum(c => c is >= ' ' and <= '~' ? HelveticaWidths[c - ' '] : 556) * size / 1000;

    private static void Text(StringBuilder content, string font, double size, double x, double y, string value) =>
        content.Append(CultureInfo.InvariantCulture, $"BT /{font} {size} Tf {x:0.##} {y:0.##} Td ({Escape(value)}) Tj ET\n");

    /// <summary>WinAnsi: Latin-1 plus the euro sign at 0x80; PDF string delimiters escaped. Characters outside become '?'.</summary>
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '(' or ')' or '\\' => "\\" + c,
                '€' => "\\200",
                '…' => "\\205",
                _ when c > 0xFF || char.IsControl(c) => "?",
                _ when c > 0x7E => "\\" + Convert.ToString(c, 8),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static byte[] Assemble(List<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
