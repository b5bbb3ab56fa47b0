using Microsoft.AspNetCore.Mvc;
using Regional.Care.Declarations;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;
using Regional.Web;

namespace Regional.Care.Pages.Regio.Zorg;

/// <summary>Declared, accepted, rejected (with why) and posted, per provider, per municipality or per period.</summary>
internal sealed class OverzichtModel(DeclarationService declarations, IPurchasedCare purchased, RegionDirectory directory) : RegionPageModel
{
    [BindProperty(SupportsGet = true)]
    public TotalsBy Per { get; set; } = TotalsBy.Provider;

    public IReadOnlyList<DeclarationTotals> Totals { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Totals = await declarations.TotalsAsync(Per, new DeclarationFilter(), ct).ConfigureAwait(false);
        Names = Per switch
        {
            TotalsBy.Provider => (await purchased.ProvidersAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Id.ToString(), p => p.Name),
            TotalsBy.Municipality => (await directory.MembersAsync(ct).ConfigureAwait(false)).ToDictionary(m => m.MunicipalityId.ToString(), m => m.Name),
            _ => Totals.ToDictionary(t => t.Key, t => t.Key),
        };
    }
}
