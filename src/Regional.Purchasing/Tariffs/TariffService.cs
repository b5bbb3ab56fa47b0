using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Tariffs;

/// <summary>Set either <see cref="Amount"/> directly or a <see cref="CostPrice"/> to calculate it from.</summary>
internal sealed record NewTariff(string ProductCode, Guid? ContractId, DateOnly ValidFrom, DateOnly ValidTo, decimal? Amount, CostPrice? CostPrice);

/// <summary>A day of a contract's term on which a product of the contract has no tariff.</summary>
internal sealed record TariffGap(Guid ProductId, Period Days);

/// <summary>Tariffs per product and period: regional ones, contract exceptions, cost prices and indexation.</summary>
internal sealed class TariffService(PurchasingDbContext db)
{
    public async Task<IReadOnlyList<Tariff>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Tariffs.AsNoTracking().OrderBy(t => t.ProductId).ThenBy(t => t.ContractId).ThenBy(t => t.ValidFrom)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<Tariff> AddAsync(NewTariff input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var code = input.ProductCode?.Trim().ToUpperInvariant();
        var product = await db.Products.SingleOrDefaultAsync(p => p.Code == code, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException(nameof(input.ProductCode), $"Onbekende productcode '{input.ProductCode}'.");
        var amount = input.CostPrice?.TariffFor(product.Unit) ?? input.Amount
            ?? throw new RuleViolationException(nameof(input.Amount), "Geef een tarief of een kostprijsberekening.");
        var tariff = new Tariff
        {
            ProductId = product.Id,
            ContractId = input.ContractId,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
            Amount = amount,
            PersonnelCostPerFte = input.CostPrice?.PersonnelCostPerFte,
            ProductiveHoursPerFte = input.CostPrice?.ProductiveHoursPerFte,
            OtherCostsPerUnit = input.CostPrice?.OtherCostsPerUnit,
            OverheadPercentage = input.CostPrice?.OverheadPercentage,
            RiskPercentage = input.CostPrice?.RiskPercentage,
        };
        await AddCheckedAsync(tariff, cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return tariff;
    }

    /// <summary>The next period's tariff from an earlier one raised by an index, e.g. 90% OVA + 10% PPC for Jeugd.</summary>
    public async Task<Tariff> IndexAsync(Guid fromTariffId, decimal percentage, DateOnly validFrom, DateOnly validTo, CancellationToken cancellationToken = default)
    {
        if (percentage is <= -0.5m or >= 0.5m)
        {
            throw new RuleViolationException("Percentage", $"Een indexatie van {percentage:P2} is niet aannemelijk; geef een fractie, bijvoorbeeld 0,0235 voor 2,35%.");
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var previous = await db.Tariffs.SingleOrDefaultAsync(t => t.Id == fromTariffId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("FromTariffId", "Onbekend tarief.");
        var tariff = new Tariff
        {
            ProductId = previous.ProductId,
            ContractId = previous.ContractId,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Amount = decimal.Round(previous.Amount * (1 + percentage), 2, MidpointRounding.AwayFromZero),
            IndexedFromId = previous.Id,
            IndexationPercentage = percentage,
        };
        await AddCheckedAsync(tariff, cancellationToken).ConfigureAwait(false);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return tariff;
    }

    /// <summary>The tariff in force for a product on a day: the contract's exception if it has one, else the regional tariff.</summary>
    public async Task<Tariff?> OnAsync(Guid productId, DateOnly day, Guid? contractId = null, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await db.Tariffs.AsNoTracking()
            .Where(t => t.ProductId == productId && t.ValidFrom <= day && t.ValidTo >= day && (t.ContractId == null || t.ContractId == contractId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return TariffRules.InForce(candidates, productId, day, contractId);
    }

    /// <summary>The periods of a contract's term in which one of its products has no tariff at all.</summary>
    internal async Task<IReadOnlyList<TariffGap>> GapsAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Products).SingleAsync(c => c.Id == contractId, cancellationToken).ConfigureAwait(false);
        var productIds = contract.Products.Select(p => p.ProductId).ToList();
        var tariffs = await db.Tariffs.AsNoTracking()
            .Where(t => productIds.Contains(t.ProductId) && (t.ContractId == null || t.ContractId == contractId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return productIds.SelectMany(id => TariffCoverage.Gaps(contract.Term, tariffs.Where(t => t.ProductId == id).Select(t => t.Period))
            .Select(gap => new TariffGap(id, gap))).ToList();
    }

    private async Task AddCheckedAsync(Tariff tariff, CancellationToken cancellationToken)
    {
        TariffRules.AmountIsPositiveInWholeCents(tariff.Amount);
        if (tariff.ValidTo < tariff.ValidFrom)
        {
            throw new RuleViolationException(nameof(tariff.ValidTo), "Een tarief kan niet eindigen voordat het ingaat.");
        }

        if (tariff.ContractId is { } contractId)
        {
            var contract = await db.Contracts.Include(c => c.Products).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken).ConfigureAwait(false)
                ?? throw new RuleViolationException(nameof(tariff.ContractId), "Onbekend contract.");
            TariffRules.ExceptionWithinContract(tariff, contract);
        }

        var siblings = await db.Tariffs.Where(t => t.ProductId == tariff.ProductId && t.ContractId == tariff.ContractId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        TariffRules.DoesNotOverlap(tariff.Period, siblings);
        db.Tariffs.Add(tariff);
    }
}
