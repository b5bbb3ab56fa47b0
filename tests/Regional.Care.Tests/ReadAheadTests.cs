using Regional.Care.Declarations;
using Regional.Kernel.Security;

namespace Regional.Care.Tests;

/// <summary>The file is read on a thread of its own, ahead of the database: every chunk in order, a bad file as its own error, no reading on after the import stopped.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_chunk_arrives_once_and_in_the_order_read()
    {
        var chunks = Enumerable.Range(0, 500).Chunk(7).ToList();
        var received = new List<int>();
        await using (var reading = new ReadAhead<int>(chunks, _ => { }, CancellationToken.None))
        {
            await foreach (var chunk in reading.ReadAllAsync())
            {
                received.AddRange(chunk);
            }
        }

        received.ShouldBe(Enumerable.Range(0, 500));
    }

    [Fact]
    public async Task A_file_that_fails_midway_fails_the_import_with_its_own_error_after_the_chunks_before_it()
    {
        var received = 0;
        var failure = await Should.ThrowAsync<RuleViolationException>(async () =>
        {
            await using var reading = new ReadAhead<int>(FailingAt(3), _ => { }, CancellationToken.None);
            await foreach (var chunk in reading.ReadAllAsync())
            {
                received += chunk.Length;
            }
        });

        failure.Message.ShouldContain("regel 3");
        received.ShouldBe(3);
    }

    [Fact]
    public async Task An_import_that_stops_early_stops_the_reading_and_lets_go_of_the_file()
    {
        var source = new CountingSource(1_000);
        await using (var reading = new ReadAhead<int>(source, _ => { }, CancellationToken.None))
        {
            await foreach (var _ in reading.ReadAllAsync())
            {
                break;
            }
        }

        source.Disposed.ShouldBeTrue();
        source.Read.ShouldBeLessThan(10, "the reader runs at most a few chunks ahead");
    }

    private static IEnumerable<int[]> FailingAt(int line)
    {
        for (var i = 0; ; i++)
        {
            yield return i < line ? [i] : throw new RuleViolationException("File", $"Het bestand is ongeldig op regel {line}.");
        }
    }

    /// <summary>A long file that counts how far it was read and whether it was closed.</summary>
    private sealed class CountingSource(int chunks) : IEnumerable<int[]>
    {
        public int Read { get; private set; }

        public bool Disposed { get; private set; }

        public IEnumerator<int[]> GetEnumerator()
        {
            try
            {
                for (; Read < chunks; Read++)
                {
                    yield return [Read];
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
