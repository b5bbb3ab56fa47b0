using Orleans.Runtime.Messaging;

namespace Regional.Finance.Owners;

/// <summary>
/// Failures that mean the silo holding a grain went away (or has not been declared dead yet). Calls that post money
/// may simply be repeated: every posting is idempotent by its cause, so a repeat never posts twice.
/// </summary>
public static class ClusterFaults
{
    /// <summary>How long a caller keeps trying before the failure reaches it: a lost silo is declared dead within seconds.</summary>
    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(20);

    public static bool IsTransient(Exception problem) =>
        problem is OrleansMessageRejectionException or ConnectionFailedException or TimeoutException
        || (problem is AggregateException { InnerExceptions: var inner } && inner.All(IsTransient));

    /// <summary>Runs a grain call, repeating it while the cluster recovers from a lost silo, for up to <see cref="RetryFor"/>.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var giveUpAt = DateTimeOffset.UtcNow + RetryFor;
        for (var wait = TimeSpan.FromMilliseconds(100); ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(2).Ticks)))
        {
            try
            {
                return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception problem) when (IsTransient(problem) && DateTimeOffset.UtcNow + wait < giveUpAt)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
