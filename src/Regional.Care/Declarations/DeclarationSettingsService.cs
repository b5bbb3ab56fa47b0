using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Persistence;

namespace Regional.Care.Declarations;

/// <summary>Reads and keeps the region's declaration rules; a region that set none has the defaults.</summary>
internal sealed class DeclarationSettingsService(CareDbContext db)
{
    public async Task<DeclarationSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.DeclarationSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? new DeclarationSettings();
    }

    public async Task<DeclarationSettings> SetAsync(int deadlineMonths, int answerWorkingDays, CancellationToken cancellationToken = default)
    {
        if (deadlineMonths is < 0 or > 12)
        {
            throw new RuleViolationException("DeadlineMonths", "De termijn voor declareren is 0 tot 12 maanden na de maand van de zorg.");
        }

        if (answerWorkingDays is < 1 or > 30)
        {
            throw new RuleViolationException("AnswerWorkingDays", "Het antwoord op een declaratie is binnen 1 tot 30 werkdagen verschuldigd.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var settings = await db.DeclarationSettings.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            settings = new DeclarationSettings();
            db.DeclarationSettings.Add(settings);
        }

        settings.DeadlineMonths = deadlineMonths;
        settings.AnswerWorkingDays = answerWorkingDays;
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return settings;
    }
}
