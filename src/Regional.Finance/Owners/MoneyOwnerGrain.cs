using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regional.Finance.Ledger;
using Orleans.Concurrency;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Owners;

/// <summary>
/// The batching writer every money owner shares. Calls interleave (the grain is reentrant), so while one
/// batch is committing the costs of other callers gather for the next; each caller is answered only after
/// the commit that holds its costs. Up to <see cref="MaxBatch"/> costs go in one transaction. The grain's
/// state is read from the ledger when it activates and kept current from what it writes itself.
/// </summary>
/// <remarks>Awaits inside a grain keep the grain's context (ConfigureAwait(true)): its state is touched by one turn at a time.</remarks>
[Reentrant]
internal abstract partial class MoneyOwnerGrain<TOwner>(IServiceScopeFactory scopes, ILogger logger) : Grain
    where TOwner : MoneyOwner
{
    private const int MaxBatch = 2000;
    private readonly List<PendingCost> waiting = [];
    private Task? writing;
    private TenantScope? regionScope;
    private Task lastMovement = Task.CompletedTask;

    protected TOwner Owner { get; private set; } = null!;

    protected abstract TOwner ParseKey(string key);

    /// <summary>Reads the owner's state from the ledger (at activation and on resync).</summary>
    protected abstract Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Takes what a committed batch wrote into the owner's state.</summary>
    protected abstract Task OnPostedAsync(WrittenBatch written, IReadOnlyList<PendingCost> batch);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Owner = ParseKey(this.GetPrimaryKeyString());
        await InRegionAsync(LoadAsync, cancellationToken).ConfigureAwait(true);
    }

    public async Task<CostResult[]> PostAsync(CostToPost[] costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var pending = costs.Select(c => new PendingCost(c)).ToList();
        waiting.AddRange(pending);
        writing ??= WriteWaitingAsync();
        return await Task.WhenAll(pending.Select(p => p.Result)).ConfigureAwait(true);
    }

    public Task ResyncAsync()
    {
        regionScope = null;
        return InRegionAsync(LoadAsync, CancellationToken.None);
    }

    /// <summary>
    /// Runs work of this owner in a fresh DI scope, inside its region with every member visible. The members are read
    /// once and kept (a resync or a failed batch reads them again), so a batch costs one transaction, not two.
    /// </summary>
    protected async Task InRegionAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tenants = services.GetRequiredService<TenantContext>();
        regionScope ??= await services.GetRequiredService<RegionDirectory>().WholeRegionScopeAsync(tenants, Owner.RegionId, cancellationToken).ConfigureAwait(true);
        using (tenants.Begin(regionScope))
        {
            await work(services, cancellationToken).ConfigureAwait(true);
        }
    }

    /// <summary>
    /// Runs movements other than costs one after the other (the grain interleaves only to batch costs), so two
    /// requests for the same movement at the same moment are checked in turn and the second finds the first done.
    /// </summary>
    protected async Task<T> OneMovementAtATimeAsync<T>(Func<Task<T>> movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var previous = lastMovement;
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lastMovement = mine.Task;
        try
        {
            await previous.ConfigureAwait(true);
            return await movement().ConfigureAwait(true);
        }
        finally
        {
            mine.SetResult();
        }
    }

    private async Task WriteWaitingAsync()
    {
        // Yield once so that callers arriving in the same moment join the first batch.
        await Task.Yield();
        while (waiting.Count > 0)
        {
            var batch = waiting.Take(MaxBatch).ToList();
            waiting.RemoveRange(0, batch.Count);
            await WriteAsync(batch).ConfigureAwait(true);
        }

        writing = null;
    }

    private async Task WriteAsync(List<PendingCost> batch)
    {
        WrittenBatch? written = null;
        try
        {
            await InRegionAsync(
                async (services, ct) => written = await services.GetRequiredService<CostBatchWriter>().WriteAsync(batch, ct).ConfigureAwait(true),
                CancellationToken.None).ConfigureAwait(true);
        }
        catch (Exception problem) when (batch.Count > 1)
        {
            // One bad cost must not fail its neighbours: write them one by one, each with its own outcome
            // (with the members read again, in case one joined the region since).
            LogBatchRetried(logger, batch.Count, problem);
            regionScope = null;
            foreach (var cost in batch.Where(c => !c.IsDone))
            {
                await WriteAsync([cost]).ConfigureAwait(true);
            }
        }
#pragma warning disable CA1031 // the caller gets the failure; the grain must live on
        catch (Exception problem)
#pragma warning restore CA1031
        {
            batch[0].Fail(problem);
        }

        if (written is not null)
        {
            await OnPostedAsync(written, batch).ConfigureAwait(true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} costs failed; writing them one by one")]
    private static partial void LogBatchRetried(ILogger logger, int count, Exception problem);
}
