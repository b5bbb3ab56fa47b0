using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Regional.Kernel.Background;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Jobs;

/// <summary>
/// Each replica's workers for background imports: <c>Regional:Imports:Workers</c> of them (default one per core, at least two), each
/// claiming the oldest waiting job of any region (SKIP LOCKED, so no two take the same one), running it in the job's
/// region with its submitter's rights, and looking again at once when a job was queued here, else every few seconds.
/// </summary>
/// <remarks>
/// Several at once because at month's end many providers' files wait together, and one import keeps a core busy only
/// about half the time (it waits for the database in turn): two files at once take about a third less time than one after
/// the other (the declarations bench). Files of one provider to one municipality still run one at a time, under the
/// importer's lock, since each is checked against what the one before it stored.
/// </remarks>
internal sealed partial class ImportJobWorker(IServiceScopeFactory scopes, ImportJobSignal signal, IConfiguration configuration, ILogger<ImportJobWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private readonly string worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Math.Max(1, configuration.GetValue("Regional:Imports:Workers", Math.Max(2, Environment.ProcessorCount)));
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkerLoop.RunAsync(
            async ct =>
            {
                if (!await RunNextAsync(ct).ConfigureAwait(false))
                {
                    await signal.WaitAsync(Poll, ct).ConfigureAwait(false);
                }
            },
            Poll, logger, stoppingToken)));
    }

    /// <summary>Runs one job if there is one; false when the queue is empty. A claim wakes another worker, in case more are waiting.</summary>
    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var services = scope.ServiceProvider;
            var jobs = services.GetRequiredService<ImportJobService>();
            if (await jobs.ClaimAsync(worker, cancellationToken).ConfigureAwait(false) is not { } claimed)
            {
                return false;
            }

            signal.Notify();

            var tenants = services.GetRequiredService<TenantContext>();
            ImportJob job;
            using (tenants.Begin(TenantScope.RegionOnly(claimed.JobRegionId)))
            {
                job = (await jobs.FindAsync(claimed.JobId, cancellationToken).ConfigureAwait(false))!;
            }

            using (tenants.Begin(new TenantScope(claimed.JobRegionId, job.MunicipalityIds.ToHashSet())))
            using (BackgroundActor.Begin(job.SubmittedBy))
            {
                LogStart(logger, job.Id, job.Kind);
                await services.GetRequiredService<ImportJobRunner>().RunAsync(job, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} ({Kind}) started")]
    private static partial void LogStart(ILogger logger, Guid jobId, ImportKind kind);
}
