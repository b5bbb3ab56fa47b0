using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Settlements;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Regio.Financien;

/// <summary>
/// Every euro of a settlement line explained: the ledger entries behind a member's borne amount, each linked to the
/// declaration lines it came from. It joins Finance and Care, so it lives in the host, which composes them.
/// </summary>
public sealed class OnderbouwingModel(SettlementService settlements, RegionDirectory directory) : RegionPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public MemberView Member { get; private set; } = null!;

    public IReadOnlyList<LedgerLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string cbsCode)
    {
        var ct = HttpContext.RequestAborted;
        var member = (await directory.MembersAsync(ct).ConfigureAwait(false)).FirstOrDefault(m => string.Equals(m.CbsCode, cbsCode, StringComparison.OrdinalIgnoreCase));
        if (member is null || !Access.Scope.MunicipalityIds.Contains(member.MunicipalityId) || await settlements.FindAsync(Id, ct).ConfigureAwait(false) is null)
        {
            return NotFound();
        }

        Member = member;
        Lines = await settlements.BehindLineAsync(Id, member.MunicipalityId, ct).ConfigureAwait(false);
        return Page();
    }
}
