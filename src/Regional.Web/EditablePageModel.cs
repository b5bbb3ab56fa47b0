using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;

namespace Regional.Web;

/// <summary>
/// Base of region pages that everyone in the region reads and one role changes (the given policy):
/// a broken rule is shown beside the form with what was typed, and nothing is saved.
/// </summary>
public abstract class EditablePageModel(IAuthorizationService authorization, string editPolicy) : RegionPageModel
{
    public bool CanEdit { get; private set; }

    /// <summary>What the user typed in a field, so that a form shown again with an error keeps it.</summary>
    public string Posted(string field) => Request.HasFormContentType ? Request.Form[field].ToString() : "";

    /// <summary>Loads what the page shows (false: it does not exist); on GET and when a POST shows errors.</summary>
    protected abstract Task<bool> LoadAsync();

    public async Task<IActionResult> OnGetAsync()
    {
        await AuthorizeEditAsync().ConfigureAwait(false);
        return await LoadAsync().ConfigureAwait(false) ? Page() : NotFound();
    }

    /// <summary>Makes a change and shows this page again.</summary>
    protected Task<IActionResult> ChangeAsync(Func<CancellationToken, Task> change) =>
        ChangeThenGoAsync(async ct =>
        {
            await change(ct).ConfigureAwait(false);
            return Request.Path + Request.QueryString;
        });

    /// <summary>Makes a change and goes to the address it returns (e.g. the page of what it created).</summary>
    protected async Task<IActionResult> ChangeThenGoAsync(Func<CancellationToken, Task<string>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await AuthorizeEditAsync().ConfigureAwait(false))
        {
            return Forbid();
        }

        string next;
        try
        {
            next = await change(HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return await LoadAsync().ConfigureAwait(false) ? Page() : NotFound();
        }

        return LocalRedirect(next);
    }

    /// <summary>Whether the user may also do what another policy guards (e.g. a setting only the purchaser changes).</summary>
    protected async Task<bool> IsAllowedAsync(string policy) =>
        (await authorization.AuthorizeAsync(User, HttpContext, policy).ConfigureAwait(false)).Succeeded;

    private async Task<bool> AuthorizeEditAsync() =>
        CanEdit = (await authorization.AuthorizeAsync(User, HttpContext, editPolicy).ConfigureAwait(false)).Succeeded;
}
