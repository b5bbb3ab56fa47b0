using Microsoft.Extensions.Logging;

namespace Regional.Kernel.Background;

/// <summary>
/// How a module's background worker outlives any one failure (a lost connection, a database restart): it logs, pauses
/// and goes on.
/// </summary>
public static class WorkerLoop
{
    private static readonly Action<ILogger, Exception?> Failure =
        LoggerMessage.Define(LogLevel.Error, new EventId(1, "WorkerFailed"), "Background worker failed; trying again shortly");

    /// <summary>Runs <paramref name="step"/> again and again until the host stops.</summary>
    public static async Task RunAsync(Func<CancellationToken, Task> step, TimeSpan pause, ILogger logger, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await step(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure is logged and the step tried again: the worker must not stop with it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Failure(logger, e);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
