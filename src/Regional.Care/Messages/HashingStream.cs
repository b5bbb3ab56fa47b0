using System.Security.Cryptography;

namespace Regional.Care.Messages;

/// <summary>Passes a stream through while hashing every byte read (SHA-256), so a file is hashed in the same single pass that reads it.</summary>
internal sealed class HashingStream(Stream inner) : ReadOnlyStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Reads what is left, then gives the hash of everything.</summary>
    public string Finish()
    {
        CopyTo(Null);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        hash.AppendData(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        hash.AppendData(buffer.Span[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
