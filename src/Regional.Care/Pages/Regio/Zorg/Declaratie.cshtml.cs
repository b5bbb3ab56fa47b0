using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Care.Declarations;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;
using Regional.Web;

namespace Regional.Care.Pages.Regio.Zorg;

/// <summary>One declaration: its totals and timeliness, its lines with their outcome a page at a time, and its answers to download.</summary>
internal sealed class DeclaratieModel(
    DeclarationService declarations, DeclarationAnswers answers, IPurchasedCare purchased, RegionDirectory directory, IAuthorizationService authorization) : RegionPageModel
{
    public const int PageSize = 500;

    public Declaration Declaration { get; private set; } = null!;

    public IReadOnlyList<DeclarationLine> Lines { get; private set; } = [];

    public string Provider { get; private set; } = "";

    public string Municipality { get; private set; } = "";

    /// <summary>The 325 names clients: only for those who receive declarations.</summary>
    public bool CanAnswer { get; private set; }

    public bool HasMessageAnswer => answers.HasMessageAnswer(Declaration);

    /// <summary>Only the municipality's own user records that its answer went out.</summary>
    public bool CanMarkSent { get; private set; }

    /// <summary>What the last action did, shown once after it.</summary>
    public string? Notice { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int Na { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Afgekeurd { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Verstuurd { get; set; }

    /// <summary>Only the lines of one product: where a journal entry of the declaration leads (from a settlement's explanation).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Product { get; set; }

    public async Task<IActionResult> OnPostVerstuurdAsync(Guid id, bool bevestigd)
    {
        if (!(await authorization.AuthorizeAsync(User, HttpContext, Policies.AnswerSending).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        if (!bevestigd)
        {
            Notice = "Vink aan dat het antwoord naar de aanbieder is verstuurd; er is niets vastgelegd.";
            return await OnGetAsync(id).ConfigureAwait(false);
        }

        return await declarations.MarkAnsweredAsync(id, HttpContext.RequestAborted).ConfigureAwait(false) is null
            ? NotFound()
            : RedirectToPage(new { id, verstuurd = true });
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (Verstuurd)
        {
            Notice = "Vastgelegd: het antwoord is verstuurd. De declaratie staat niet meer bij de te beantwoorden declaraties.";
        }

        if (await declarations.FindAsync(id, ct).ConfigureAwait(false) is not { } declaration)
        {
            return NotFound();
        }

        Declaration = declaration;
        Lines = await declarations.LinesAsync(id, Afgekeurd, Na, PageSize, Product, ct).ConfigureAwait(false);
        Provider = (await purchased.ProviderAsync(declaration.ProviderId, ct).ConfigureAwait(false))!.Name;
        Municipality = (await directory.MembersAsync(ct).ConfigureAwait(false)).Single(m => m.MunicipalityId == declaration.MunicipalityId).Name;
        CanAnswer = (await authorization.AuthorizeAsync(User, HttpContext, Policies.Declarations).ConfigureAwait(false)).Succeeded;
        CanMarkSent = (await authorization.AuthorizeAsync(User, HttpContext, Policies.AnswerSending).ConfigureAwait(false)).Succeeded;
        return Page();
    }
}
