using System.Globalization;
using System.Net;
using System.Text;

namespace Regional.Web;

/// <summary>
/// A grouped horizontal bar chart as inline SVG under a visible title, rendered on the server (no script). Its numbers
/// are always also shown as a table and offered as CSV beside it.
/// </summary>
public static class BarChart
{
    private static readonly string[] Colours = ["#0b5cad", "#e07b00", "#2e8b57", "#8b3a9a", "#b3261e", "#5b6b7c"];
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="title">What the chart shows: its caption, and its name for screen readers.</param>
    /// <param name="series">Names of the bars in each group (one colour each).</param>
    /// <param name="groups">Per group (e.g. a municipality) its label and one value per series.</param>
    public static string Svg(string title, IReadOnlyList<string> series, IReadOnlyList<(string Label, IReadOnlyList<decimal> Values)> groups, Func<decimal, string> format)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(format);
        const int row = 18;
        var groupHeight = (series.Count * row) + 16;
        var max = groups.SelectMany(g => g.Values).DefaultIfEmpty(1).Max();
        var height = (groups.Count * groupHeight) + 40;
        var svg = new StringBuilder().Append(Invariant, $"<figure class=\"chart\"><figcaption>{Encode(title)}</figcaption>")
            .Append(Invariant, $"<svg role=\"img\" aria-label=\"{Encode(title)}\" width=\"100%\" viewBox=\"0 0 900 {height}\" data-testid=\"chart\">");
        for (var g = 0; g < groups.Count; g++)
        {
            var y = g * groupHeight;
            svg.Append(Invariant, $"<text x=\"0\" y=\"{y + 14}\" font-size=\"12\" fill=\"#1d2733\">{Encode(groups[g].Label)}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var value = groups[g].Values[s];
                var width = max <= 0 ? 0 : (double)(Math.Max(0, value) / max) * 560;
                svg.Append(Invariant, $"<rect x=\"160\" y=\"{y + (s * row)}\" width=\"{width:0.#}\" height=\"{row - 4}\" fill=\"{Colours[s % Colours.Length]}\"><title>{Encode(series[s])}: {Encode(format(value))}</title></rect>");
                svg.Append(Invariant, $"<text x=\"{160 + width + 6:0.#}\" y=\"{y + (s * row) + 11}\" font-size=\"10\" fill=\"#5b6b7c\">{Encode(format(value))}</text>");
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(Invariant, $"<rect x=\"{s * 150}\" y=\"{(groups.Count * groupHeight) + 16}\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Length]}\" />");
            svg.Append(Invariant, $"<text x=\"{(s * 150) + 16}\" y=\"{(groups.Count * groupHeight) + 26}\" font-size=\"11\" fill=\"#1d2733\">{Encode(series[s])}</text>");
        }

        return svg.Append("</svg></figure>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
