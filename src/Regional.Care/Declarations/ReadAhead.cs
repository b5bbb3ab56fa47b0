using System.Diagnostics;
using System.Threading.Channels;

namespace Regional.Care.Declarations;

/// <summary>
/// Reads and validates a file's lines on another thread, at most <see cref="Depth"/> chunks ahead of the
/// database work that checks and stores them: on two cores the XML is parsed while PostgreSQL writes the chunk
/// before, and memory stays a few chunks whatever the file's size. A file that fails to read (a schema error,
/// a bad line) surfaces as that same exception to the reader of the chunks.
/// </summary>
internal sealed class ReadAhead<T> : IAsyncDisposable
{
    private const int Depth = 2;

    private readonly Channel<T[]> chunks = Channel.CreateBounded<T[]>(new BoundedChannelOptions(Depth) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource stop;
    private readonly Task reading;

    /// <param name="read">Each chunk read and how long it took (a <see cref="Stopwatch"/> timestamp when it began), for telemetry.</param>
    public ReadAhead(IEnumerable<T[]> source, Action<long> read, CancellationToken cancellationToken)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        reading = Task.Run(() => FillAsync(source, read, stop.Token), CancellationToken.None);
    }

    public async IAsyncEnumerable<T[]> ReadAllAsync()
    {
        while (await chunks.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
        {
            while (chunks.Reader.TryRead(out var chunk))
            {
                yield return chunk;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await reading.ConfigureAwait(false);
        stop.Dispose();
    }

    private async Task FillAsync(IEnumerable<T[]> source, Action<long> read, CancellationToken cancellationToken)
    {
        try
        {
            using (var lines = source.GetEnumerator())
            {
                for (var at = Stopwatch.GetTimestamp(); lines.MoveNext(); at = Stopwatch.GetTimestamp())
                {
                    read(at);
                    await chunks.Writer.WriteAsync(lines.Current, cancellationToken).ConfigureAwait(false);
                }
            }

            // Only now, with the source let go, may the consumer read what is left of the stream (the file's hash).
            chunks.Writer.Complete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The consumer stopped (it failed or was cancelled): nobody waits for the rest of the file.
            chunks.Writer.TryComplete();
        }
#pragma warning disable CA1031 // Any failure to read is the consumer's to see, as the exception it is.
        catch (Exception e)
#pragma warning restore CA1031
        {
            chunks.Writer.TryComplete(e);
        }
    }
}
