using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Auditing;
using Regional.Kernel.Security;

namespace Regional.Host.Pages.Regio;

/// <summary>The region's audit log: filtered by who, what and when, a page of changes at a time, in words.</summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class AuditModel(AuditLog log) : RegionPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Door { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Tot { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> EntityKinds { get; private set; } = [];

    /// <summary>Whether a next page exists (one more entry than a page was read).</summary>
    public bool HasMore { get; private set; }

    public AuditQuery Query => new(Door, Soort, Id, Van, Tot);

    /// <summary>The query string of these filters, for the page links and the CSV.</summary>
    public string Filters(string prefix) => prefix + string.Join('&', new (string Name, string? Value)[]
        {
            ("door", Door), ("soort", Soort), ("id", Id), ("van", Van?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("tot", Tot?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(f => f.Value is { Length: > 0 }).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}"));

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Pagina = Math.Max(Pagina, 1);
        var entries = await log.ReadAsync(Query, (Pagina - 1) * PageSize, PageSize + 1, ct).ConfigureAwait(false);
        HasMore = entries.Count > PageSize;
        Entries = entries.Take(PageSize).ToList();
        EntityKinds = await log.EntitiesAsync(ct).ConfigureAwait(false);
    }
}
