using Regional.Kernel.Values;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Monitoring.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Goals;

internal sealed record NewGoal(string Reference, string? ProductGroup, string Title, string? Explanation, DateOnly? Deadline, string Owner);

/// <summary>Development goals: agreed, followed and closed; what is past its deadline and not achieved is overdue.</summary>
internal sealed class GoalService(MonitoringDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DevelopmentGoal>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Goals.AsNoTracking().OrderBy(g => g.ProductGroup != null).ThenBy(g => g.ProductGroup).ThenBy(g => g.Deadline).ThenBy(g => g.Reference)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DevelopmentGoal> AddAsync(NewGoal input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = new DevelopmentGoal
        {
            Reference = Require.Text(nameof(input.Reference), "het nummer", input.Reference, 60),
            ProductGroup = string.IsNullOrWhiteSpace(input.ProductGroup) ? null : Require.Text(nameof(input.ProductGroup), "de productgroep", input.ProductGroup, 100),
            Title = Require.Text(nameof(input.Title), "het doel", input.Title, 600),
            Explanation = string.IsNullOrWhiteSpace(input.Explanation) ? null : input.Explanation.Trim(),
            Deadline = input.Deadline ?? throw new RuleViolationException(nameof(input.Deadline), "Een ontwikkeldoel heeft een uiterste datum: zonder datum valt het niet te volgen."),
            Owner = Require.Text(nameof(input.Owner), "de eigenaar", input.Owner, 200),
        };
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Goals.AnyAsync(g => g.Reference == goal.Reference && g.ProductGroup == goal.ProductGroup, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.Reference), $"Er is al een ontwikkeldoel '{goal.Reference}'{(goal.ProductGroup is null ? "" : $" voor {goal.ProductGroup}")}.");
        }

        db.Goals.Add(goal);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return goal;
    }

    public async Task UpdateStatusAsync(Guid id, GoalStatus status, string? progress, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("GoalId", "Onbekend ontwikkeldoel.");
        goal.Status = status;
        goal.Progress = string.IsNullOrWhiteSpace(progress) ? goal.Progress : Require.Text(nameof(progress), "de voortgang", progress, 2000);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Past its deadline and neither achieved nor dropped.</summary>
    public bool IsOverdue(DevelopmentGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Status is GoalStatus.NotStarted or GoalStatus.InProgress && goal.Deadline < clock.Today();
    }
}
