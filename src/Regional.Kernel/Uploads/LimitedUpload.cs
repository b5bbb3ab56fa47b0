using Regional.Kernel.Security;

namespace Regional.Kernel.Uploads;

/// <summary>Reads an upload (a request body or a form file's stream) into memory up to a limit; a larger one is refused with a clear message before it is all read.</summary>
public static class LimitedUpload
{
    public static async Task<byte[]> ReadAsync(Stream body, int limit, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new RuleViolationException("File", $"Het bestand is groter dan {limit / 1024} kB; {what}.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
