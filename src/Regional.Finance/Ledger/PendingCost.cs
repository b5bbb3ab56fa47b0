namespace Regional.Finance.Ledger;

/// <summary>A cost waiting for its region's writer, with the caller waiting for its outcome.</summary>
internal sealed class PendingCost(CostIncurred cost, string idempotencyKey, string recordedBy)
{
    private readonly TaskCompletionSource<CostOutcome> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CostIncurred Cost { get; } = cost;

    public string IdempotencyKey { get; } = idempotencyKey;

    public string RecordedBy { get; } = recordedBy;

    public Task<CostOutcome> Outcome => done.Task;

    public bool IsDone => done.Task.IsCompleted;

    public void Complete(CostOutcome outcome) => done.TrySetResult(outcome);

    public void Fail(Exception problem) => done.TrySetException(problem);
}
