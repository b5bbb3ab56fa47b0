using Regional.Kernel.Values;
using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Purchasing.Persistence;
using Regional.Purchasing.Procedures;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Contracts;

internal sealed record NewContract(Guid AdmissionId, string Number, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<Guid> ProductIds, string? Lot, Guid? MainContractorId);

internal sealed record NewExtension(DateOnly NewEnd, string Reference);

/// <summary>Framework contracts made from admissions, and their extensions.</summary>
internal sealed class ContractService(PurchasingDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<Contract>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Contracts.AsNoTracking().Include(c => c.Products).Include(c => c.Extensions)
            .OrderBy(c => c.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Contract?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Contracts.AsNoTracking().Include(c => c.Products).Include(c => c.Extensions)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<Contract> CreateAsync(NewContract input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var admission = await db.Admissions.SingleOrDefaultAsync(a => a.Id == input.AdmissionId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException(nameof(input.AdmissionId), "Onbekende aanmelding.");
        ContractRules.ProviderIsAdmitted(admission);
        var procedure = await db.Procedures.Include(p => p.Products).SingleAsync(p => p.Id == admission.ProcedureId, cancellationToken).ConfigureAwait(false);
        var contract = new Contract
        {
            Number = Require.Text(nameof(input.Number), "het contractnummer", input.Number, 40),
            ProcedureId = procedure.Id,
            ProviderId = admission.ProviderId,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            Lot = string.IsNullOrWhiteSpace(input.Lot) ? null : input.Lot.Trim(),
            MainContractorId = input.MainContractorId,
        };
        ContractRules.TermWithinProcedure(contract.StartsOn, contract.EndsOn, procedure);
        ContractRules.ProductsWithinProcedure(input.ProductIds, procedure);
        if (input.MainContractorId == admission.ProviderId)
        {
            throw new RuleViolationException(nameof(input.MainContractorId), "Een aanbieder kan niet zijn eigen hoofdaannemer zijn.");
        }

        if (await db.Contracts.AnyAsync(c => c.Number == contract.Number, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.Number), $"Contractnummer {contract.Number} bestaat al.");
        }

        contract.Products.AddRange(input.ProductIds.Distinct().Select(id => new ContractProduct { ProductId = id }));
        db.Contracts.Add(contract);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return contract;
    }

    /// <summary>Extends a contract's term by a recorded decision; the extension stays within the procedure.</summary>
    internal async Task<ContractExtension> ExtendAsync(Guid contractId, NewExtension input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var contract = await db.Contracts.Include(c => c.Extensions).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("ContractId", "Onbekend contract.");
        var procedure = await db.Procedures.SingleAsync(p => p.Id == contract.ProcedureId, cancellationToken).ConfigureAwait(false);
        if (input.NewEnd <= contract.EndsOn)
        {
            throw new RuleViolationException(nameof(input.NewEnd), $"Een verlenging moet na de huidige einddatum {contract.EndsOn:dd-MM-yyyy} eindigen.");
        }

        ContractRules.TermWithinProcedure(contract.StartsOn, input.NewEnd, procedure);
        var extension = new ContractExtension
        {
            PreviousEnd = contract.EndsOn,
            NewEnd = input.NewEnd,
            DecidedOn = clock.Today(),
            DecidedBy = actor.Name,
            Reference = Require.Text(nameof(input.Reference), "het kenmerk van het besluit", input.Reference),
        };
        contract.Extensions.Add(extension);
        contract.EndsOn = input.NewEnd;
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return extension;
    }
}
