using Microsoft.Extensions.Diagnostics.HealthChecks;
using Regional.Finance.Ledger;

namespace Regional.Host.Database;

/// <summary>
/// Unhealthy when any region's pool balances or budgets differ from the postings behind them. The endpoint
/// answers only the status (it is anonymous, for monitoring); the log names the regions and counts.
/// </summary>
internal sealed class ReconciliationHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var differences = await scope.ServiceProvider.GetRequiredService<IReconciliation>().DifferencesAsync(cancellationToken).ConfigureAwait(false);
        return differences.Count == 0
            ? HealthCheckResult.Healthy("Pools and budgets reconcile with their postings.")
            : HealthCheckResult.Unhealthy(string.Join("; ", differences.Select(d => $"{d.Region}: {d.Pools} pool(s), {d.Budgets} budget(s) differ")));
    }
}
