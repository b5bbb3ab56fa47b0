using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Regional.Kernel.Background;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Care.Jobs;

/// <summary>
/// Each replica's worker for background imports: claims the oldest waiting job of any region (SKIP LOCKED, so
/// replicas never take the same one), runs it in the job's region with its submitter's rights, and looks again
/// at once when a job was queued here, else every few seconds.
/// </summary>
internal sealed partial class ImportJobWorker(IServiceScopeFactory scopes, ImportJobSignal signal, ILogger<ImportJobWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private readonly string worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => WorkerLoop.RunAsync(
        async ct =>
        {
            if (!await RunNextAsync(ct).ConfigureAwait(false))
            {
                await signal.WaitAsync(Poll, ct).ConfigureAwait(false);
            }
        },
        Poll, logger, stoppingToken);

    /// <summary>Runs one job if there is one; false when the queue is empty.</summary>
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
