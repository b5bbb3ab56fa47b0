using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Registers;

internal sealed record ContractRow(
    Guid Id, string Number, string Provider, string AgbCode, string Procedure, SocialDomain Domain,
    DateOnly StartsOn, DateOnly EndsOn, int Extensions, string? Lot, IReadOnlyList<string> ProductCodes, string? MainContractor);

/// <summary>A tariff with what it applies to and how it was set ("kostprijs", "indexatie", "vastgesteld").</summary>
internal sealed record TariffRow(
    Guid Id, string ProductCode, string ProductName, Unit Unit, string? ContractNumber, DateOnly ValidFrom, DateOnly ValidTo, decimal Amount, string Basis);

/// <summary>The contract register and the tariff list, joined for people to read and export.</summary>
internal sealed class PurchasingRegisters(PurchasingDbContext db)
{
    public async Task<IReadOnlyList<ContractRow>> ContractsAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken).ConfigureAwait(false);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Products).Include(c => c.Extensions).OrderBy(c => c.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return contracts.Select(c => new ContractRow(
            c.Id, c.Number, providers[c.ProviderId].Name, providers[c.ProviderId].AgbCode, procedures[c.ProcedureId].Name, procedures[c.ProcedureId].Domain,
            c.StartsOn, c.EndsOn, c.Extensions.Count, c.Lot, c.Products.Select(p => products[p.ProductId]).Order().ToList(),
            c.MainContractorId is { } main ? providers[main].Name : null)).ToList();
    }

    public async Task<IReadOnlyList<TariffRow>> TariffsAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var contracts = await db.Contracts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken).ConfigureAwait(false);
        var tariffs = await db.Tariffs.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return tariffs
            .Select(t => new TariffRow(
                t.Id, products[t.ProductId].Code, products[t.ProductId].Name, products[t.ProductId].Unit,
                t.ContractId is { } c ? contracts[c] : null, t.ValidFrom, t.ValidTo, t.Amount, Basis(t.CostPrice is not null, t.IndexationPercentage)))
            .OrderBy(r => r.ProductCode).ThenBy(r => r.ContractNumber).ThenBy(r => r.ValidFrom)
            .ToList();
    }

    private static string Basis(bool costPrice, decimal? indexation) =>
        costPrice ? "kostprijsberekening" : indexation is { } pct ? $"indexatie {pct * 100:0.##}%" : "vastgesteld";
}
