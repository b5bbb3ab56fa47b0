using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Settlements;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;
using Regional.Web;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>
/// Every euro of a settlement line explained: the ledger entries behind a member's borne amount, each linked to the
/// declaration lines it came from: the module that booked each cost gives the link to its source (<see cref="ICauseLinks"/>).
/// </summary>
internal sealed class OnderbouwingModel(SettlementService settlements, RegionDirectory directory, IEnumerable<ICauseLinks> causes) : RegionPageModel
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

    /// <summary>The page that shows where the cost came from, if a module knows the cause.</summary>
    public CauseLink? SourceOf(string cause) => causes.Select(c => c.LinkTo(Access.Region.Code, cause)).FirstOrDefault(l => l is not null);
}
