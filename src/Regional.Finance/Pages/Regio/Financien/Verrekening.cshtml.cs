using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Finance.Exports;
using Regional.Kernel.Security;
using Regional.Web;
using Regional.Kernel.Exports;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>A settlement statement, printable; the controller approves (four eyes) and posts it here.</summary>
internal sealed class VerrekeningModel(SettlementService settlements, PoolService pools, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Finance)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Settlement Settlement { get; private set; } = null!;

    public Table Statement { get; private set; } = null!;

    /// <summary>Which step was just taken (from the redirect after it), to confirm it and say what comes next.</summary>
    [BindProperty(SupportsGet = true, Name = "gedaan")]
    public string? Step { get; set; }

    public string? Done => Step switch
    {
        "goedgekeurd" => "Goedgekeurd. Een controller van de regio kan de verrekening nu boeken in het grootboek.",
        "geboekt" => "Geboekt in het grootboek. De saldi per gemeente staan nu op hun rekening-courant; de pool is voor deze kosten verrekend.",
        _ => null,
    };

    /// <summary>The drafter cannot approve their own settlement (four eyes), so is not offered to.</summary>
    public bool DraftedByMe => Settlement.DraftedBy == User.Identity?.Name;

    public Task<IActionResult> OnPostApproveAsync() => ChangeThenGoAsync(async ct =>
    {
        await settlements.ApproveAsync(Id, ct).ConfigureAwait(false);
        return $"{Request.Path}?gedaan=goedgekeurd";
    });

    public Task<IActionResult> OnPostPostAsync() => ChangeThenGoAsync(async ct =>
    {
        await settlements.PostAsync(Id, ct).ConfigureAwait(false);
        return $"{Request.Path}?gedaan=geboekt";
    });

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
