using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Monitoring.Goals;
using Regional.Web;

namespace Regional.Monitoring.Pages.Regio.Monitoring;

/// <summary>Development goals, general and per product group, with deadline, owner and status; the purchaser keeps them.</summary>
internal sealed class OntwikkeldoelenModel(GoalService goals, IAuthorizationService authorization) : EditablePageModel(authorization, Policies.Purchasing)
{
    public IReadOnlyList<DevelopmentGoal> Goals { get; private set; } = [];

    public bool IsOverdue(DevelopmentGoal goal) => goals.IsOverdue(goal);

    public Task<IActionResult> OnPostAsync(string? reference, string? productGroup, string? title, string? explanation, DateOnly? deadline, string? owner) =>
        ChangeAsync(ct => goals.AddAsync(new NewGoal(reference ?? "", productGroup, title ?? "", explanation, deadline, owner ?? ""), ct));

    public Task<IActionResult> OnPostStatusAsync(Guid id, GoalStatus status, string? progress) =>
        ChangeAsync(ct => goals.UpdateStatusAsync(id, status, progress, ct));

    protected override async Task<bool> LoadAsync()
    {
        Goals = await goals.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
