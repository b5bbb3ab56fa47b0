using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Regional.Web.TagHelpers;

/// <summary>
/// A table with nothing in its body says why instead: <c>&lt;table empty="Nog geen tarieven vastgelegd."&gt;</c> renders that
/// sentence (class <c>empty</c>, same test id) when no row came out, so no page shows a bare header row.
/// </summary>
[HtmlTargetElement("table", Attributes = "empty")]
public sealed class EmptyTableTagHelper : TagHelper
{
    /// <summary>What to say when there are no rows: why, and where to start.</summary>
    public string Empty { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = (await output.GetChildContentAsync().ConfigureAwait(false)).GetContent();
        var body = content.IndexOf("<tbody", StringComparison.Ordinal);
        if (body >= 0 && content.IndexOf("<tr", body, StringComparison.Ordinal) < 0)
        {
            output.TagName = "p";
            output.Attributes.SetAttribute("class", "empty");
            output.Content.SetContent(Empty);
        }
    }
}
