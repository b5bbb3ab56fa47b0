using Regional.Kernel.Values;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Monitoring.Persistence;
using Regional.Monitoring.Reports;
using Regional.Purchasing.Facts;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Providers;

internal sealed record NewAction(string Description, string Owner, DateOnly? Deadline);

/// <summary>A provider's standing in a year: its class and meetings, and its spending ceiling against what it reported so far.</summary>
internal sealed record ProviderStanding(
    Guid ProviderId, string Name, ProviderProfile? Profile, ProviderClass? Class, DateOnly? LastMeeting, DateOnly? NextMeeting,
    decimal? Ceiling, decimal Realised, decimal Prognosis, bool CeilingWarning);

/// <summary>
/// Contract management per provider: its classification (which sets the meeting frequency), meetings with
/// agreed actions, and its spending ceiling, used by the turnover its management reports state (warned at 70%).
/// </summary>
internal sealed class ProviderMonitoring(MonitoringDbContext db, IPurchasedCare purchased, TimeProvider clock)
{
    /// <summary>Every provider of the region, by name, with its standing in the year.</summary>
    public async Task<IReadOnlyList<ProviderStanding>> StandingsAsync(int year, CancellationToken cancellationToken = default)
    {
        var all = (await purchased.ProvidersAsync(cancellationToken).ConfigureAwait(false)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var contractsOf = (await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.ProviderId, c => c.Id);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var profiles = await db.ProviderProfiles.AsNoTracking().Where(p => p.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ceilings = await db.SpendingCeilings.AsNoTracking().Where(c => c.Year == year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetings = await db.ProviderMeetings.AsNoTracking().GroupBy(m => m.ProviderId).Select(g => new { Provider = g.Key, Last = g.Max(m => m.HeldOn) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Kind == ReportKind.Management && r.ReceivedAt != null && r.PeriodStart >= first && r.PeriodStart <= last)
            .Select(r => new { r.ContractId, r.PeriodStart, r.Realised, r.Prognosis }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var today = clock.Today();
        return all.Select(provider =>
        {
            var id = provider.Id;
            var profile = profiles.FirstOrDefault(p => p.ProviderId == id);
            var kind = profile is null ? (ProviderClass?)null : ProviderClassification.Classify(profile.Clients, profile.MunicipalitiesServed, profile.Turnover);
            var lastMeeting = meetings.FirstOrDefault(m => m.Provider == id)?.Last;
            var latest = contractsOf[id].Select(c => reports.Where(r => r.ContractId == c).MaxBy(r => r.PeriodStart)).Where(r => r is not null).ToList();
            var realised = latest.Sum(r => r!.Realised ?? 0);
            var ceiling = ceilings.FirstOrDefault(c => c.ProviderId == id)?.Amount;
            return new ProviderStanding(id, provider.Name, profile, kind, lastMeeting, kind is { } k ? ProviderClassification.NextMeeting(k, lastMeeting, today) : null,
                ceiling, realised, latest.Sum(r => r!.Prognosis ?? 0), ceiling is { } c && ProviderClassification.WarnAbout(realised, c));
        }).ToList();
    }

    public async Task SetProfileAsync(Guid providerId, int year, int clients, int municipalities, decimal turnover, CancellationToken cancellationToken = default)
    {
        if (clients < 0 || municipalities < 0 || turnover < 0)
        {
            throw new RuleViolationException(nameof(clients), "Aantallen cliënten en gemeenten en de omzet zijn nul of meer.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var profile = await db.ProviderProfiles.SingleOrDefaultAsync(p => p.ProviderId == providerId && p.Year == year, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            db.ProviderProfiles.Add(new ProviderProfile { ProviderId = providerId, Year = year, Clients = clients, MunicipalitiesServed = municipalities, Turnover = turnover });
        }
        else
        {
            (profile.Clients, profile.MunicipalitiesServed, profile.Turnover) = (clients, municipalities, turnover);
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetCeilingAsync(Guid providerId, int year, decimal amount, CancellationToken cancellationToken = default)
    {
        if (amount <= 0)
        {
            throw new RuleViolationException(nameof(amount), "Een bestedingsruimte is een bedrag groter dan nul.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var ceiling = await db.SpendingCeilings.SingleOrDefaultAsync(c => c.ProviderId == providerId && c.Year == year, cancellationToken).ConfigureAwait(false);
        if (ceiling is null)
        {
            db.SpendingCeilings.Add(new SpendingCeiling { ProviderId = providerId, Year = year, Amount = amount });
        }
        else
        {
            ceiling.Amount = amount;
        }

        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ProviderMeeting>> MeetingsAsync(Guid providerId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.ProviderMeetings.AsNoTracking().Include(m => m.Actions).Where(m => m.ProviderId == providerId).OrderByDescending(m => m.HeldOn)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProviderMeeting> RecordMeetingAsync(Guid providerId, DateOnly heldOn, string notes, IReadOnlyList<NewAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var meeting = new ProviderMeeting { ProviderId = providerId, HeldOn = heldOn, Notes = Require.Text(nameof(notes), "het verslag", notes, 20_000) };
        meeting.Actions.AddRange(actions.Select(a => new MeetingAction
        {
            MeetingId = meeting.Id,
            Description = Require.Text(nameof(a.Description), "de actie", a.Description, 1000),
            Owner = Require.Text(nameof(a.Owner), "de eigenaar van de actie", a.Owner, 200),
            Deadline = a.Deadline ?? throw new RuleViolationException(nameof(a.Deadline), $"De actie '{a.Description}' heeft een uiterste datum nodig."),
        }));
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        db.ProviderMeetings.Add(meeting);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return meeting;
    }

    public async Task CompleteActionAsync(Guid actionId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var action = await db.MeetingActions.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("ActionId", "Onbekende actie.");
        action.DoneOn ??= clock.Today();
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
