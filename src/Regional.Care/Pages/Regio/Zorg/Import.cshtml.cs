using Microsoft.AspNetCore.Mvc;
using Regional.Care.Jobs;
using Regional.Web;

namespace Regional.Care.Pages.Regio.Zorg;

/// <summary>One background import: how far it is (the page refreshes itself while it runs), then what it became.</summary>
internal sealed class ImportModel(ImportJobService jobs) : RegionPageModel
{
    public ImportJob Job { get; private set; } = null!;

    public bool Running => Job.Status is ImportStatus.Queued or ImportStatus.Running;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await jobs.FindAsync(id, HttpContext.RequestAborted).ConfigureAwait(false) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}
