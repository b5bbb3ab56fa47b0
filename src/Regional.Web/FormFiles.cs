using Microsoft.AspNetCore.Http;
using Regional.Kernel.Uploads;

namespace Regional.Web;

/// <summary>A file from a page's form, read within a limit (<see cref="LimitedUpload"/>).</summary>
public static class FormFiles
{
    public static async Task<byte[]> ReadAsync(IFormFile file, int limit, string what, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await LimitedUpload.ReadAsync(stream, limit, what, cancellationToken).ConfigureAwait(false);
    }
}
