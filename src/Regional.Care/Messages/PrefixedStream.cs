namespace Regional.Care.Messages;

/// <summary>A stream that first replays the bytes already read from it, then goes on with the rest.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyStream
{
    private int offset;

    public override int Read(Span<byte> buffer)
    {
        if (offset < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - offset);
            prefix.AsSpan(offset, n).CopyTo(buffer);
            offset += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (offset < prefix.Length)
        {
            return Read(buffer.Span);
        }

        return await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }
}
