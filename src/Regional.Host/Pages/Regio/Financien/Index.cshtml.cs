using Microsoft.AspNetCore.Authorization;
using Regional.Finance.Pools;
using Regional.Kernel.Security;

namespace Regional.Host.Pages.Regio.Financien;

public sealed class IndexModel(PoolService pools, IAuthorizationService authorization) : EditablePageModel(authorization, Policies.Finance)
{
    public IReadOnlyList<Pool> Pools { get; private set; } = [];

    protected override async Task<bool> LoadAsync()
    {
        Pools = await pools.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
