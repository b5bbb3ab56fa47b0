using Regional.Finance.Owners;
using Regional.Kernel.Security;

namespace Regional.Finance.Ledger;

/// <summary>A cost inside its owner's grain, waiting for the batch that posts it.</summary>
internal sealed class PendingCost(CostToPost cost)
{
    private readonly TaskCompletionSource<CostResult> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CostToPost Cost { get; } = cost;

    public string IdempotencyKey => Cost.IdempotencyKey;

    public Task<CostResult> Result => done.Task;

    public bool IsDone => done.Task.IsCompleted;

    public void Complete(CostOutcome outcome) => done.TrySetResult(new CostResult(outcome));

    public void Refuse(RuleViolationException problem) => done.TrySetResult(new CostResult(CostOutcome.Refused, problem.Field, problem.Message));

    public void Fail(Exception problem) => done.TrySetException(problem);
}
