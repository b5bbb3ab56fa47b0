using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Ledger;

/// <summary>
/// One writer per region in this process, the way a grain serialises its calls: costs from concurrent
/// callers queue up and are committed together, up to <see cref="MaxBatch"/> per transaction. Across
/// host replicas the pool row locks keep writers of one pool in line.
/// </summary>
internal sealed partial class CostWriterQueue(IServiceScopeFactory scopes, ILogger<CostWriterQueue> logger) : IAsyncDisposable
{
    private const int MaxBatch = 2000;
    private readonly ConcurrentDictionary<Guid, Lazy<RegionWriter>> writers = new();

    public void Enqueue(Guid regionId, IEnumerable<PendingCost> costs)
    {
        var writer = writers.GetOrAdd(regionId, id => new Lazy<RegionWriter>(() => new RegionWriter(this, id))).Value;
        foreach (var cost in costs)
        {
            if (!writer.Queue.Writer.TryWrite(cost))
            {
                cost.Fail(new ObjectDisposedException(nameof(CostWriterQueue), "The host is stopping; the cost was not recorded."));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in writers.Values.Select(w => w.Value))
        {
            writer.Queue.Writer.TryComplete();
            await writer.Loop.ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(Guid regionId, List<PendingCost> batch)
    {
        try
        {
            await WriteInScopeAsync(regionId, batch).ConfigureAwait(false);
        }
        catch (Exception problem) when (batch.Count > 1)
        {
            // One bad cost must not fail its neighbours: write them one by one, each with its own outcome.
            LogBatchRetried(batch.Count, problem);
            foreach (var cost in batch)
            {
                await WriteAsync(regionId, [cost]).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // the caller gets the failure; the writer must live on
        catch (Exception problem)
#pragma warning restore CA1031
        {
            batch[0].Fail(problem);
        }
    }

    private async Task WriteInScopeAsync(Guid regionId, List<PendingCost> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantContext>();
        using (tenants.Begin(new TenantScope(regionId, batch.Select(c => c.Cost.MunicipalityId).ToHashSet())))
        {
            await scope.ServiceProvider.GetRequiredService<CostBatchWriter>().WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} costs failed; writing them one by one")]
    private partial void LogBatchRetried(int count, Exception problem);

    private sealed class RegionWriter
    {
        public RegionWriter(CostWriterQueue owner, Guid regionId)
        {
            // The loop must not inherit the first caller's tenant scope or trace.
            using (ExecutionContext.SuppressFlow())
            {
                Loop = Task.Run(() => RunAsync(owner, regionId));
            }
        }

        public Channel<PendingCost> Queue { get; } = Channel.CreateUnbounded<PendingCost>(new UnboundedChannelOptions { SingleReader = true });

        public Task Loop { get; }

        private async Task RunAsync(CostWriterQueue owner, Guid regionId)
        {
            while (await Queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                var batch = new List<PendingCost>();
                while (batch.Count < MaxBatch && Queue.Reader.TryRead(out var cost))
                {
                    batch.Add(cost);
                }

                await owner.WriteAsync(regionId, batch).ConfigureAwait(false);
            }
        }
    }
}
