using Microsoft.Extensions.Diagnostics.HealthChecks;
using Regional.Kernel.Events;

namespace Regional.Host.Jobs;

/// <summary>
/// Unhealthy when an integration event was given up after its last attempt, degraded when one has waited more than
/// five minutes: a module then missed what another told it (e.g. a timeliness KPI lags its declarations). The endpoint
/// answers only the status (anonymous, for monitoring); the description names the regions and counts.
/// </summary>
internal sealed class OutboxHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var backlog = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().BacklogAsync(Patience, cancellationToken).ConfigureAwait(false);
        var description = string.Join("; ", backlog.Select(b => $"{b.Region}: {b.GivenUp} given up, {b.Waiting} waiting over {Patience.TotalMinutes} minutes"));
        return backlog.Count == 0 ? HealthCheckResult.Healthy("Every integration event is delivered.")
            : backlog.Any(b => b.GivenUp > 0) ? HealthCheckResult.Unhealthy(description)
            : HealthCheckResult.Degraded(description);
    }
}
