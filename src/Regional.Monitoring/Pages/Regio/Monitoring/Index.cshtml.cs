using Regional.Monitoring.Goals;
using Regional.Monitoring.Kpis;
using Regional.Monitoring.Reports;
using Regional.Purchasing.Facts;
using Regional.Web;

namespace Regional.Monitoring.Pages.Regio.Monitoring;

/// <summary>A contract with its provider and how its KPIs stand against their norms.</summary>
internal sealed record ContractStanding(ContractInfo Contract, string Provider, IReadOnlyList<(KpiDefinition Kpi, decimal Target, decimal? Latest)> Kpis);

/// <summary>The contract manager's dashboard: reports due or late, each contract's KPIs against their norms, the development goals.</summary>
internal sealed class IndexModel(IPurchasedCare purchased, KpiService kpis, ReportService reports, GoalService goals) : RegionPageModel
{
    public IReadOnlyList<OpenReport> Queue { get; private set; } = [];

    public IReadOnlyList<ContractStanding> Contracts { get; private set; } = [];

    public IReadOnlyList<DevelopmentGoal> Goals { get; private set; } = [];

    public int OverdueGoals { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Queue = await reports.QueueAsync(ct).ConfigureAwait(false);
        var names = (await purchased.ProvidersAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Name);
        var standings = new List<ContractStanding>();
        foreach (var contract in await purchased.ContractsAsync(ct).ConfigureAwait(false))
        {
            var series = await kpis.ForContractAsync(contract.Id, ct).ConfigureAwait(false);
            standings.Add(new ContractStanding(contract, names.GetValueOrDefault(contract.ProviderId, "?"),
                series.Where(s => s.Target is not null).Select(s => (s.Definition, s.Target!.Value, (s.Measurements.Count > 0 ? s.Measurements[^1].Value : (decimal?)null))).ToList()));
        }

        Contracts = standings;
        Goals = await goals.ListAsync(ct).ConfigureAwait(false);
        OverdueGoals = Goals.Count(goals.IsOverdue);
    }
}
