using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Pools;
using Regional.Finance.Exports;
using Regional.Web;
using Regional.Kernel.Exports;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>What-if: each municipality's amount under the candidate keys, as a chart and as the numbers behind it.</summary>
internal sealed class VergelijkenModel(PoolService pools) : RegionPageModel
{
    public KeyComparison Comparison { get; private set; } = null!;

    public Table Table { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await pools.FindAsync(id, HttpContext.RequestAborted).ConfigureAwait(false) is not { } pool)
        {
            return NotFound();
        }

        Comparison = await pools.CompareAsync(id, KeyComparisonTable.DefaultCandidates(pool), HttpContext.RequestAborted).ConfigureAwait(false);
        Table = KeyComparisonTable.Build(Comparison);
        var usable = Comparison.Candidates.Where(c => c.Problem is null).ToList();
        Chart = BarChart.Svg(
            "Bedrag per gemeente per sleutel",
            usable.Select(c => c.Name).ToList(),
            Comparison.Members.OrderBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => (m.Name, (IReadOnlyList<decimal>)usable.Select(c => c.Members.First(x => x.MunicipalityId == m.MunicipalityId).Amount).ToList()))
                .ToList(),
            Labels.Euro);
        return Page();
    }
}
