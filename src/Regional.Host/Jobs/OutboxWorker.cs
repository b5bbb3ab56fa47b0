using Npgsql;
using Regional.Kernel.Background;
using Regional.Kernel.Events;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Jobs;

/// <summary>
/// Delivers the integration events of every region to the modules that subscribed to them, on any replica: it wakes when
/// an event commits (LISTEN on <see cref="IntegrationEvents.Channel"/>) and at least every
/// <c>Regional:Outbox:PollSeconds</c> (default 10, for events whose earlier attempt failed), and takes the waiting events
/// a batch at a time. Each event is handled in its own region's scope; one that fails is kept with its error and tried
/// again later, without holding up the others.
/// </summary>
internal sealed partial class OutboxWorker(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, IEnumerable<IntegrationEventRoute> routes, IConfiguration configuration, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    private const int Batch = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Regional:Outbox:PollSeconds", 10));
        return WorkerLoop.RunAsync(ct => ListenAndDeliverAsync(poll, ct), poll, logger, stoppingToken);
    }

    private async Task ListenAndDeliverAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        await using var listener = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var listen = new NpgsqlCommand($"LISTEN {IntegrationEvents.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            while (await DeliverBatchAsync(cancellationToken).ConfigureAwait(false) == Batch)
            {
            }

            await listener.WaitAsync(poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Delivers up to one batch of waiting events; returns how many it took.</summary>
    private async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var outbox = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
            var claimed = await outbox.ClaimAsync(Batch, Lease, cancellationToken).ConfigureAwait(false);
            foreach (var integrationEvent in claimed)
            {
                await outbox.FinishAsync(integrationEvent.Id, await DeliverAsync(integrationEvent, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }

            return claimed.Count;
        }
    }

    /// <summary>Hands the event to each subscriber, in one service scope in the event's region; returns what went wrong, or null.</summary>
    private async Task<string?> DeliverAsync(ClaimedEvent integrationEvent, CancellationToken cancellationToken)
    {
        var subscribers = routes.Where(r => r.Name == integrationEvent.Name).ToList();
        try
        {
            if (subscribers.Count == 0)
            {
                return null;
            }

            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var tenants = scope.ServiceProvider.GetRequiredService<TenantContext>();
                var regionScope = await scope.ServiceProvider.GetRequiredService<RegionDirectory>().WholeRegionScopeAsync(tenants, integrationEvent.RegionId, cancellationToken).ConfigureAwait(false);
                using (tenants.Begin(regionScope))
                using (BackgroundActor.Begin("systeem (gebeurtenis tussen modules)"))
                {
                    foreach (var route in subscribers)
                    {
                        await route.Deliver(scope.ServiceProvider, integrationEvent.Payload, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of a subscriber is kept on the event and retried; the next event goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogEventFailure(logger, e, integrationEvent.Name, integrationEvent.Id);
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Integration event {Name} {EventId} failed; it is tried again later")]
    private static partial void LogEventFailure(ILogger logger, Exception exception, string name, Guid eventId);
}
