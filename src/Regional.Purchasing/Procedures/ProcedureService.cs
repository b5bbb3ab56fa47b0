using Regional.Kernel.Values;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Procedures;

internal sealed record NewProcedure(string Name, ProcedureKind Kind, SocialDomain Domain, DateOnly StartsOn, DateOnly? EndsOn, IReadOnlyList<string> ProductCodes);

internal sealed record NewRequirement(RequirementLevel Level, string Text, bool Mandatory);

internal sealed record AssessmentInput(Guid RequirementId, bool Met, string? Evidence);

/// <summary>Procedures, their admission requirements, and the admission of providers.</summary>
internal sealed class ProcedureService(PurchasingDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<Procedure>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Procedures.AsNoTracking().Include(p => p.Products).OrderByDescending(p => p.StartsOn).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Procedure?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Procedures.AsNoTracking().Include(p => p.Products).Include(p => p.Requirements)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Procedure> CreateAsync(NewProcedure input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.EndsOn < input.StartsOn)
        {
            throw new RuleViolationException(nameof(input.EndsOn), "De procedure kan niet eindigen voordat zij begint.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var codes = input.ProductCodes.Select(c => c.Trim().ToUpperInvariant()).ToHashSet();
        var products = await db.Products.Where(p => codes.Contains(p.Code)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unknown = codes.Except(products.Select(p => p.Code)).ToList();
        if (unknown.Count > 0 || codes.Count == 0)
        {
            throw new RuleViolationException("ProductCodes", unknown.Count > 0 ? $"Onbekende productcode(s): {string.Join(", ", unknown)}." : "Kies ten minste één product.");
        }

        if (products.FirstOrDefault(p => p.Domain != input.Domain) is { } foreign)
        {
            throw new RuleViolationException("ProductCodes", $"{foreign.Code} hoort bij {foreign.Domain}, niet bij {input.Domain}.");
        }

        var procedure = new Procedure
        {
            Name = Require.Text(nameof(input.Name), "de naam", input.Name),
            Kind = input.Kind,
            Domain = input.Domain,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
        };
        procedure.Products.AddRange(products.Select(p => new ProcedureProduct { ProductId = p.Id }));
        db.Procedures.Add(procedure);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return procedure;
    }

    public async Task<Requirement> AddRequirementAsync(Guid procedureId, NewRequirement input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var procedure = await LoadAsync(procedureId, cancellationToken).ConfigureAwait(false);
        var requirement = new Requirement { ProcedureId = procedure.Id, Level = input.Level, Text = Require.Text(nameof(input.Text), "de eis", input.Text, 1000), Mandatory = input.Mandatory };
        db.Requirements.Add(requirement);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return requirement;
    }

    /// <summary>Suspends, reopens or closes admission (open house: continuous admission can be paused).</summary>
    public async Task SetAdmissionStatusAsync(Guid procedureId, AdmissionStatus status, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var procedure = await LoadAsync(procedureId, cancellationToken).ConfigureAwait(false);
        if (procedure.Admission == AdmissionStatus.Closed)
        {
            throw new RuleViolationException("Status", "Een gesloten procedure kan niet worden heropend.");
        }

        procedure.Admission = status;
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Admission>> AdmissionsAsync(Guid? procedureId = null, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Admissions.AsNoTracking().Include(a => a.Assessments)
            .Where(a => procedureId == null || a.ProcedureId == procedureId)
            .OrderByDescending(a => a.AppliedOn).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers a provider's application; only while admission is open.</summary>
    public async Task<Admission> ApplyAsync(Guid procedureId, Guid providerId, DateOnly appliedOn, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var procedure = await LoadAsync(procedureId, cancellationToken).ConfigureAwait(false);
        AdmissionRules.ApplicationsOnlyWhileOpen(procedure);
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException("ProviderId", "Onbekende aanbieder.");
        }

        if (await db.Admissions.AnyAsync(a => a.ProcedureId == procedureId && a.ProviderId == providerId && a.Decision != AdmissionDecision.Rejected, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException("ProviderId", "Deze aanbieder heeft zich al aangemeld of is al toegelaten.");
        }

        var admission = new Admission { ProcedureId = procedureId, ProviderId = providerId, AppliedOn = appliedOn };
        db.Admissions.Add(admission);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return admission;
    }

    /// <summary>Records the assessment per requirement and the decision, with who made it.</summary>
    public async Task<Admission> DecideAsync(
        Guid admissionId, IReadOnlyList<AssessmentInput> assessments, bool admit, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var admission = await db.Admissions.Include(a => a.Assessments).SingleOrDefaultAsync(a => a.Id == admissionId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("AdmissionId", "Onbekende aanmelding.");
        if (admission.Decision != AdmissionDecision.Pending)
        {
            throw new RuleViolationException("Decision", $"Over deze aanmelding is al besloten ({admission.Decision}).");
        }

        var requirements = await db.Requirements.Where(r => r.ProcedureId == admission.ProcedureId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var input in assessments)
        {
            if (requirements.All(r => r.Id != input.RequirementId))
            {
                throw new RuleViolationException("Assessments", "Een beoordeling hoort niet bij een eis van deze procedure.");
            }

            admission.Assessments.Add(new Assessment { RequirementId = input.RequirementId, Met = input.Met, Evidence = input.Evidence?.Trim() });
        }

        if (admit)
        {
            AdmissionRules.AllMandatoryRequirementsMet(requirements, admission.Assessments);
        }

        admission.Decision = admit ? AdmissionDecision.Admitted : AdmissionDecision.Rejected;
        admission.DecidedOn = clock.Today();
        admission.DecidedBy = actor.Name;
        admission.DecisionNote = note?.Trim();
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return admission;
    }

    private async Task<Procedure> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Procedures.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("ProcedureId", "Onbekende procedure.");
}
