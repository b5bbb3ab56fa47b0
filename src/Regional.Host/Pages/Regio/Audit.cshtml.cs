using Microsoft.AspNetCore.Authorization;
using Regional.Kernel.Auditing;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Regio;

[Authorize(Policy = Policies.AuditRead)]
public sealed class AuditModel(RegionDirectory directory) : RegionPageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await directory.AuditLogAsync(200, HttpContext.RequestAborted).ConfigureAwait(false);
}
