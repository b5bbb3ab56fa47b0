using Regional.Kernel.Values;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Care.Api;
using Regional.Care.Declarations;
using Regional.Care.Jobs;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;
using Regional.Web;
using Microsoft.AspNetCore.Http;

namespace Regional.Care.Pages.Regio.Zorg;

/// <summary>
/// Declarations of the municipalities the user may see: the answers due (the 325 queue), the list with filters,
/// uploading a file as a background import, and the region's deadlines (its purchaser sets them).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
[DisableRequestSizeLimit]
internal sealed class DeclaratiesModel(
    DeclarationService declarations, DeclarationSettingsService settings, ImportJobService jobs, IPurchasedCare purchased, RegionDirectory directory,
    ImportUpload upload, TimeProvider clock, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Declarations)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Aanbieder { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Gemeente { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Maand { get; set; }

    public IReadOnlyList<Declaration> List { get; private set; } = [];

    public IReadOnlyList<Declaration> Due { get; private set; } = [];

    public IReadOnlyList<ImportJob> Jobs { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Providers { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> Municipalities { get; private set; } = new Dictionary<Guid, string>();

    public DeclarationSettings Settings { get; private set; } = new();

    public bool CanSetDeadlines { get; private set; }

    public DateOnly Today => clock.Today();

    /// <summary>Working days left until the answer is due; negative when it is late.</summary>
    public int WorkingDaysLeft(Declaration declaration) => Kernel.Values.WorkingDays.Between(Today, declaration?.AnswerDueOn ?? Today);

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, ImportKind kind) =>
        ChangeThenGoAsync(async ct =>
        {
            if (file is null || file.Length == 0)
            {
                throw new RuleViolationException("File", "Kies een bestand: een JW323-, WMO323- of CSV-declaratie, of een JW301/WMO301-toewijzing.");
            }

            await using var content = file.OpenReadStream();
            var job = await jobs.EnqueueAsync(kind, file.FileName, content, upload.MaxBytes, ct).ConfigureAwait(false);
            return $"/regio/{Access.Region.Code}/zorg/imports/{job.Id}";
        });

    public async Task<IActionResult> OnPostSettingsAsync(int deadlineMonths, int answerWorkingDays) =>
        await CanSetDeadlinesAsync().ConfigureAwait(false)
            ? await ChangeAsync(ct => settings.SetAsync(deadlineMonths, answerWorkingDays, ct)).ConfigureAwait(false)
            : Forbid();

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        List = await declarations.ListAsync(new DeclarationFilter(Aanbieder, Gemeente, Maand), ct).ConfigureAwait(false);
        Due = await declarations.AnswersDueAsync(ct).ConfigureAwait(false);
        Jobs = await jobs.RecentAsync(10, ct).ConfigureAwait(false);
        Providers = (await purchased.ProvidersAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Name);
        Municipalities = (await directory.MembersAsync(ct).ConfigureAwait(false)).Where(m => Access.Scope.MunicipalityIds.Contains(m.MunicipalityId))
            .ToDictionary(m => m.MunicipalityId, m => m.Name);
        Settings = await settings.GetAsync(ct).ConfigureAwait(false);
        await CanSetDeadlinesAsync().ConfigureAwait(false);
        return true;
    }

    private async Task<bool> CanSetDeadlinesAsync() => CanSetDeadlines = await IsAllowedAsync(Policies.Purchasing).ConfigureAwait(false);
}
