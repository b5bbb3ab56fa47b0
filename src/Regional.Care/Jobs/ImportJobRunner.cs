using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Regional.Care.Declarations;
using Regional.Kernel.Security;

namespace Regional.Care.Jobs;

/// <summary>
/// Runs one claimed job inside its region and its submitter's rights (set by the caller): the file is read
/// back from the queue to a temporary file, imported with progress reported about once a second, and the
/// job finished with what it became or why it was refused. Progress is written through a scope of its own,
/// beside the import's long transaction.
/// </summary>
internal sealed class ImportJobRunner(ImportJobService jobs, IMessageFileImport files, IServiceScopeFactory scopes)
{
    public async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var path = Path.Combine(Path.GetTempPath(), $"regional-import-{job.Id:N}");
        try
        {
            await using (var file = File.Create(path))
            {
                await jobs.CopyFileAsync(job.Id, file, cancellationToken).ConfigureAwait(false);
            }

            await using var content = File.OpenRead(path);
            var progress = new ThrottledProgress(scopes, job.Id);
            var imported = await files.ImportAsync(content, job.Kind, progress, cancellationToken).ConfigureAwait(false);
            await progress.FlushAsync(cancellationToken).ConfigureAwait(false);
            await jobs.FinishAsync(job.Id, ImportStatus.Done, imported.DeclarationId, imported.Summary, cancellationToken).ConfigureAwait(false);
        }
        catch (RuleViolationException refused)
        {
            await jobs.FinishAsync(job.Id, ImportStatus.Failed, null, refused.Message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Progress to the job row at most once a second, so a fast import is not slowed by its own reporting.</summary>
    private sealed class ThrottledProgress(IServiceScopeFactory scopes, Guid jobId) : IProgress<ImportProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private ImportProgress? last;
        private Task pending = Task.CompletedTask;

        public void Report(ImportProgress value)
        {
            last = value;
            if (clock.Elapsed >= TimeSpan.FromSeconds(1) && pending.IsCompleted)
            {
                clock.Restart();
                pending = WriteAsync(value, CancellationToken.None);
            }
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            await pending.ConfigureAwait(false);
            if (last is { } value)
            {
                await WriteAsync(value, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task WriteAsync(ImportProgress value, CancellationToken cancellationToken)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                await scope.ServiceProvider.GetRequiredService<ImportJobService>().ReportAsync(jobId, value.Phase.ToString(), value.Lines, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
