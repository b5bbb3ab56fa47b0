using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Regional.Monitoring.Exports;
using Regional.Monitoring.Providers;
using Regional.Web;
using Regional.Kernel.Exports;

namespace Regional.Monitoring.Pages.Regio.Monitoring;

/// <summary>Providers in a year: their class and meetings, and their spending ceiling against the turnover reported so far.</summary>
internal sealed class AanbiedersModel(ProviderMonitoring monitoring) : RegionPageModel
{
    [FromQuery(Name = "jaar")]
    public int Year { get; set; } = 2019;

    public IReadOnlyList<ProviderStanding> Providers { get; private set; } = [];

    public Table Table { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Providers = await monitoring.StandingsAsync(Year, HttpContext.RequestAborted).ConfigureAwait(false);
        Table = MonitoringTables.Providers(Year, Providers);
        var withCeiling = Providers.Where(p => p.Ceiling is not null).ToList();
        Chart = withCeiling.Count == 0 ? "" : BarChart.Svg(
            $"Bestedingsruimte {Year}: omzet tot nu toe tegen de ruimte",
            ["Omzet tot nu toe", "Bestedingsruimte"],
            withCeiling.Select(p => (p.Name, (IReadOnlyList<decimal>)[p.Realised, p.Ceiling!.Value])).ToList(),
            Labels.Euro);
    }

    public static string Percent(decimal share) => share.ToString("P0", CultureInfo.GetCultureInfo("nl-NL"));
}
