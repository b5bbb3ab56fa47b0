using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Population;
using Regional.Finance.Api;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Web;
using Regional.Kernel.Uploads;
using Microsoft.AspNetCore.Http;

namespace Regional.Finance.Pages.Regio.Financien;

internal sealed class BevolkingModel(PopulationRegister register, RegionDirectory directory, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Finance)
{
    private IReadOnlyList<MemberView> members = [];

    public IReadOnlyList<PopulationFigure> Figures { get; private set; } = [];

    [FromQuery(Name = "geimporteerd")]
    public int? Imported { get; set; }

    public string Name(Guid municipalityId) => members.FirstOrDefault(m => m.MunicipalityId == municipalityId)?.Name ?? "?";

    public Task<IActionResult> OnPostAsync(IFormFile? file, DateOnly? referenceDate, string? source) => ChangeThenGoAsync(async ct =>
    {
        if (file is null)
        {
            throw new RuleViolationException("File", "Kies een bestand.");
        }

        await using var stream = file.OpenReadStream();
        var content = await LimitedUpload.ReadAsync(stream, FinanceEndpoints.MaxPopulationFileBytes, FinanceEndpoints.PopulationFileIs, ct).ConfigureAwait(false);
        var count = await register.ImportAsync(content, referenceDate ?? throw new RuleViolationException("ReferenceDate", "Vul de peildatum in."), source ?? "", ct)
            .ConfigureAwait(false);
        return $"{Request.Path}?geimporteerd={count}";
    });

    protected override async Task<bool> LoadAsync()
    {
        Figures = await register.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        members = await directory.MembersAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
