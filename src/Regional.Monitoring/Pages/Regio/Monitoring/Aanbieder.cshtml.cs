using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Monitoring.Providers;
using Regional.Web;

namespace Regional.Monitoring.Pages.Regio.Monitoring;

/// <summary>One provider: its classification and spending ceiling for a year, and its contract meetings with their actions.</summary>
internal sealed class AanbiederModel(ProviderMonitoring monitoring, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "jaar")]
    public int Year { get; set; } = 2019;

    public ProviderStanding Standing { get; private set; } = null!;

    public IReadOnlyList<ProviderMeeting> Meetings { get; private set; } = [];

    public Task<IActionResult> OnPostProfileAsync(string? clients, string? municipalities, string? turnover) =>
        ChangeAsync(ct => monitoring.SetProfileAsync(Id, Year, (int)Amounts.Parse("clients", clients), (int)Amounts.Parse("municipalities", municipalities), Amounts.Parse("turnover", turnover), ct));

    public Task<IActionResult> OnPostCeilingAsync(string? amount) => ChangeAsync(ct => monitoring.SetCeilingAsync(Id, Year, Amounts.Parse("amount", amount), ct));

    public Task<IActionResult> OnPostMeetingAsync(DateOnly? heldOn, string? notes, string? action, string? owner, DateOnly? deadline) =>
        ChangeAsync(ct => monitoring.RecordMeetingAsync(
            Id,
            heldOn ?? throw new RuleViolationException("heldOn", "Geef de datum van het overleg."),
            notes ?? "",
            string.IsNullOrWhiteSpace(action) ? [] : [new NewAction(action, owner ?? "", deadline)],
            ct));

    public Task<IActionResult> OnPostDoneAsync(Guid actionId) => ChangeAsync(ct => monitoring.CompleteActionAsync(actionId, ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if ((await monitoring.StandingsAsync(Year, ct).ConfigureAwait(false)).FirstOrDefault(p => p.ProviderId == Id) is not { } standing)
        {
            return false;
        }

        Standing = standing;
        Meetings = await monitoring.MeetingsAsync(Id, ct).ConfigureAwait(false);
        return true;
    }
}
