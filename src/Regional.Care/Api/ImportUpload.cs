using Microsoft.Extensions.Configuration;
using Regional.Kernel.Security;

namespace Regional.Care.Api;

/// <summary>
/// Uploads of message files (declarations, toewijzingen): up to <c>Regional:Imports:MaxFileMegabytes</c>
/// (default 250), streamed to a temporary file that deletes itself, so a large file never sits in memory and
/// one over the limit is refused with a clear message as soon as it passes it.
/// </summary>
public sealed record ImportUpload(long MaxBytes)
{
    public const string Setting = "Regional:Imports:MaxFileMegabytes";

    public static ImportUpload From(IConfiguration configuration) => new(configuration.GetValue(Setting, 250L) * 1024 * 1024);

    public async Task<FileStream> ToTemporaryFileAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (file.Length + read > MaxBytes)
                {
                    throw TooLarge();
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public RuleViolationException TooLarge() =>
        new("File", $"Het bestand is groter dan {MaxBytes / (1024 * 1024)} MB, de grens die voor imports is ingesteld ({Setting}). Er is niets verwerkt.");
}
