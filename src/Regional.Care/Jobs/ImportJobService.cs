using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Regional.Care.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Persistence;

namespace Regional.Care.Jobs;

/// <summary>A job a replica claimed: which, and in which region it runs.</summary>
internal sealed record ClaimedJob(Guid JobId, Guid JobRegionId);

/// <summary>
/// The queue of background imports in PostgreSQL: a file is stored in one-megabyte chunks with its job (all or
/// nothing, refused past the configured limit), any replica claims the oldest waiting job, reports progress
/// and finishes it; the user reads the job to see how far it is and what it became.
/// </summary>
internal sealed class ImportJobService(CareDbContext db, TenantContext tenants, ICurrentActor actor, TimeProvider clock, ImportJobSignal signal)
{
    public const int ChunkBytes = 1024 * 1024;

    /// <summary>How long a claim holds without a sign of life; progress renews it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<ImportJob> EnqueueAsync(ImportKind kind, string fileName, Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var job = new ImportJob
        {
            Kind = kind, FileName = Require.Text("File", "de bestandsnaam", Path.GetFileName(fileName), 200), SubmittedBy = actor.Name,
            MunicipalityIds = [.. tenants.Required.MunicipalityIds], CreatedAt = clock.GetUtcNow(),
        };
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[ChunkBytes];
        var sequence = 0;
        while (await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) is > 0 and var read)
        {
            job.SizeBytes += read;
            if (job.SizeBytes > maxBytes)
            {
                throw new RuleViolationException("File", $"Het bestand is groter dan {maxBytes / (1024 * 1024)} MB, de ingestelde grens voor imports. Er is niets verwerkt.");
            }

            await InsertChunkAsync(work, job, sequence++, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return job;
    }

    public async Task<ImportJob?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ImportJob>> RecentAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The oldest waiting job of any region (or one whose replica died), claimed for this worker; outside any tenant scope.</summary>
    public async Task<ClaimedJob?> ClaimAsync(string worker, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.Database.SqlQuery<ClaimedJob>($"SELECT job_id AS \"JobId\", job_region_id AS \"JobRegionId\" FROM care.claim_import_job({worker}, {(int)Lease.TotalSeconds})")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return claimed.SingleOrDefault();
    }

    /// <summary>Writes a running job's progress and renews its lease, in a transaction of its own.</summary>
    public async Task ReportAsync(Guid id, string phase, long lines, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        await db.ImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.Phase, phase).SetProperty(x => x.ProgressLines, lines).SetProperty(x => x.LeaseUntil, clock.GetUtcNow() + Lease), cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The job's file, chunk by chunk into <paramref name="target"/>.</summary>
    public async Task CopyFileAsync(Guid id, Stream target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var count = await db.ImportJobChunks.CountAsync(c => c.JobId == id, cancellationToken).ConfigureAwait(false);
        for (var sequence = 0; sequence < count; sequence++)
        {
            var data = await db.ImportJobChunks.AsNoTracking().Where(c => c.JobId == id && c.Sequence == sequence).Select(c => c.Data)
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            await target.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends a job with its outcome and drops its file.</summary>
    public async Task FinishAsync(Guid id, ImportStatus status, Guid? resultId, string resultText, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var job = await db.ImportJobs.SingleAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
        (job.Status, job.ResultId, job.ResultText, job.FinishedAt, job.LeaseUntil) = (status, resultId, resultText, clock.GetUtcNow(), null);
        await db.ImportJobChunks.Where(c => c.JobId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertChunkAsync(UnitOfWork work, ImportJob job, int sequence, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await using var command = work.Command("INSERT INTO care.import_job_chunks (region_id, job_id, sequence, data) VALUES (@r, @j, @s, @d)");
        command.Parameters.AddWithValue("r", job.RegionId);
        command.Parameters.AddWithValue("j", job.Id);
        command.Parameters.AddWithValue("s", sequence);
        command.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Bytea) { Value = data });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Wakes this replica's worker when a job is queued here, so a user need not wait for the next poll.</summary>
internal sealed class ImportJobSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: one wake-up is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
