using System.ComponentModel.DataAnnotations;
using Regional.Kernel.Persistence;

namespace Regional.Care.Jobs;

/// <summary>
/// A file to import in the background: queued by a user, claimed by any host replica (<c>FOR UPDATE SKIP
/// LOCKED</c>), run with that user's rights, its progress visible while it runs. A replica that dies leaves
/// its lease to expire; another takes the job up again, which is safe because imports are idempotent.
/// </summary>
internal sealed class ImportJob : RegionOwnedEntity
{
    public required ImportKind Kind { get; init; }

    public required string FileName { get; init; }

    public long SizeBytes { get; set; }

    public required string SubmittedBy { get; init; }

    /// <summary>The municipalities the submitter may act for: the job runs with exactly those.</summary>
    public required Guid[] MunicipalityIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public ImportStatus Status { get; set; } = ImportStatus.Queued;

    public int Attempts { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public string? Phase { get; set; }

    public long ProgressLines { get; set; }

    /// <summary>What the import made (a declaration's id), or null.</summary>
    public Guid? ResultId { get; set; }

    /// <summary>The outcome in words: a summary, or why the file was refused.</summary>
    public string? ResultText { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>One megabyte of a queued file; removed when the job ends.</summary>
internal sealed class ImportJobChunk : IRegionOwned
{
    public Guid RegionId { get; set; }

    public required Guid JobId { get; init; }

    public required int Sequence { get; init; }

    public required byte[] Data { get; init; }
}

/// <summary>What a message file holds: declarations (323 or CSV) or toewijzingen (301).</summary>
public enum ImportKind
{
    Declaration,
    Assignments,
}

internal enum ImportStatus
{
    [Display(Name = "in de wachtrij")]
    Queued,
    [Display(Name = "bezig")]
    Running,
    [Display(Name = "klaar")]
    Done,
    [Display(Name = "geweigerd")]
    Failed,
}
