namespace Regional.Host.Jobs;

/// <summary>How a background worker outlives any one failure (a lost connection, a database restart): it logs, pauses and goes on.</summary>
internal static partial class WorkerLoop
{
    /// <summary>Runs <paramref name="step"/> again and again until the host stops.</summary>
    public static async Task RunAsync(Func<CancellationToken, Task> step, TimeSpan pause, ILogger logger, CancellationToken stoppingToken)
    {
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
                LogFailure(logger, e);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background worker failed; trying again shortly")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
