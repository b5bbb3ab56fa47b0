using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Host.Exports;
using Regional.Kernel.Security;

namespace Regional.Host.Pages.Regio.Financien;

/// <summary>A settlement statement, printable; the controller approves (four eyes) and posts it here.</summary>
public sealed class VerrekeningModel(SettlementService settlements, PoolService pools, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Finance)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Settlement Settlement { get; private set; } = null!;

    public Table Statement { get; private set; } = null!;

    public Task<IActionResult> OnPostApproveAsync() => ChangeAsync(ct => settlements.ApproveAsync(Id, ct));

    public Task<IActionResult> OnPostPostAsync() => ChangeAsync(ct => settlements.PostAsync(Id, ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await settlements.FindAsync(Id, ct).ConfigureAwait(false) is not { } settlement)
        {
            return false;
        }

        Settlement = settlement;
        Statement = FinanceTables.Statement(settlement, await pools.KeyAsync(settlement.PoolId, ct).ConfigureAwait(false));
        return true;
    }
}
