using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Host.Pages.Regio;

public sealed class GemeenteModel(RegionDirectory directory, IAuthorizationService authorization) : RegionPageModel
{
    public MemberView Member { get; private set; } = null!;

    public IReadOnlyList<AccessTeam> Teams { get; private set; } = [];

    /// <summary>Whether this municipality's own rows are in the user's scope (always for regional roles).</summary>
    public bool CanSeeOwnRows => Access.Scope.MunicipalityIds.Contains(Member.MunicipalityId);

    public bool CanEdit { get; private set; }

    [BindProperty]
    public SocialDomain Domain { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public async Task<IActionResult> OnGetAsync(string cbsCode) =>
        await LoadAsync(cbsCode).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string cbsCode)
    {
        if (!await LoadAsync(cbsCode).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (!CanEdit || !CanSeeOwnRows)
        {
            return Forbid();
        }

        try
        {
            await directory.AddAccessTeamAsync(new NewAccessTeam(cbsCode, Domain, Name ?? "", Email, Phone), HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        return RedirectToPage(new { region = Access.Region.Code, cbsCode });
    }

    private async Task<bool> LoadAsync(string cbsCode)
    {
        var members = await directory.MembersAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        var member = members.FirstOrDefault(m => string.Equals(m.CbsCode, cbsCode, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return false;
        }

        Member = member;
        CanEdit = (await authorization.AuthorizeAsync(User, HttpContext, Policies.MunicipalityEdit).ConfigureAwait(false)).Succeeded;
        Teams = CanSeeOwnRows ? await directory.AccessTeamsAsync(member.MunicipalityId, HttpContext.RequestAborted).ConfigureAwait(false) : [];
        return true;
    }
}
