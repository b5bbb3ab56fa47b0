using Microsoft.EntityFrameworkCore;
using Regional.Finance.Persistence;
using Regional.Finance.Pools;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Keys;

/// <summary>
/// The values a pool's key is computed from: those entered on the pool, and those Regional finds itself when none are
/// entered (historical costs and clients from the ledger, inhabitants from the population figures).
/// </summary>
internal sealed class KeyBasisValues(FinanceDbContext db)
{
    /// <summary>Each member's share under <paramref name="components"/>, from the values entered on the pool or found.</summary>
    public async Task<IReadOnlyList<KeyShare>> SharesAsync(Pool pool, IReadOnlyList<MemberView> members, IReadOnlyList<KeyComponent> components, CancellationToken cancellationToken)
    {
        var inputs = pool.Inputs.Where(i => components.Any(c => c.Basis == i.Basis)).Select(i => new KeyInput(i.MunicipalityId, i.Basis, i.Value)).ToList();
        if (components.Any(c => c.Basis == KeyBasis.HistoricalCosts))
        {
            inputs.AddRange(await HistoricalCostsAsync(pool, members, cancellationToken).ConfigureAwait(false));
        }

        foreach (var basis in components.Select(c => c.Basis).Where(b => Derivable(b) && inputs.All(i => i.Basis != b)))
        {
            inputs.AddRange(FromPopulation(basis)
                ? await PopulationAsync(pool, basis, cancellationToken).ConfigureAwait(false)
                : await ClientCountsAsync(pool, members, basis, cancellationToken).ConfigureAwait(false));
        }

        return DistributionKey.Compute(members.Select(m => m.MunicipalityId).ToList(), components, inputs);
    }

    private static bool FromPopulation(KeyBasis basis) => basis is KeyBasis.Inhabitants or KeyBasis.InhabitantsAged0To17;

    /// <summary>Bases whose values Regional can find itself when none are entered.</summary>
    public static bool Derivable(KeyBasis basis) => FromPopulation(basis) || basis is KeyBasis.ClientsPreviousYear or KeyBasis.ClientsThreeYearAverage;

    /// <summary>
    /// Clients per member in the pool's product group: distinct client pseudonyms on its costs in the year
    /// before the pool's year, or their average over the three years before.
    /// </summary>
    private async Task<IEnumerable<KeyInput>> ClientCountsAsync(Pool pool, IReadOnlyList<MemberView> members, KeyBasis basis, CancellationToken cancellationToken)
    {
        var years = basis == KeyBasis.ClientsPreviousYear ? 1 : 3;
        var from = new DateOnly(pool.Year - years, 1, 1);
        var to = new DateOnly(pool.Year - 1, 12, 31);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var perYear = await db.CostClients
            .Where(c => c.ProductGroup == pool.ProductGroup && c.Year >= from.Year && c.Year <= to.Year)
            .Select(c => new { c.MunicipalityId, c.Year, c.ClientRef })
            .Distinct()
            .GroupBy(c => c.MunicipalityId)
            .Select(g => new { Municipality = g.Key, Clients = g.Count() })
            .ToDictionaryAsync(x => x.Municipality, x => x.Clients, cancellationToken).ConfigureAwait(false);
        if (perYear.Count == 0)
        {
            throw new RuleViolationException("Components", $"Er zijn geen kosten met cliënten van {pool.ProductGroup} in {from.Year}-{to.Year}; vul de aantallen cliënten zelf in.");
        }

        return members.Select(m => new KeyInput(m.MunicipalityId, basis, (decimal)perYear.GetValueOrDefault(m.MunicipalityId) / years));
    }

    /// <summary>Inhabitants per member on the latest reference date up to 1 January of the pool's year.</summary>
    private async Task<IEnumerable<KeyInput>> PopulationAsync(Pool pool, KeyBasis basis, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var yearStart = new DateOnly(pool.Year, 1, 1);
        var date = await db.PopulationFigures.Where(p => p.ReferenceDate <= yearStart).MaxAsync(p => (DateOnly?)p.ReferenceDate, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("Components", $"Er zijn geen bevolkingscijfers met een peildatum tot en met {yearStart:dd-MM-yyyy}; importeer ze eerst.");
        var figures = await db.PopulationFigures.Where(p => p.ReferenceDate == date).ToListAsync(cancellationToken).ConfigureAwait(false);
        return figures.Select(f => new KeyInput(f.MunicipalityId, basis, basis == KeyBasis.Inhabitants
            ? f.Inhabitants
            : f.InhabitantsAged0To17 ?? throw new RuleViolationException("Components", $"De bevolkingscijfers van {date:dd-MM-yyyy} hebben geen aantallen 0-17 jaar.")));
    }

    /// <summary>Each member's costs of the pool's product group over the three years before the pool's year.</summary>
    private async Task<IEnumerable<KeyInput>> HistoricalCostsAsync(Pool pool, IReadOnlyList<MemberView> members, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var from = new DateOnly(pool.Year - 3, 1, 1);
        var to = new DateOnly(pool.Year - 1, 12, 31);
        var costs = await db.CareCosts(from, to)
            .Where(c => c.ProductGroup == pool.ProductGroup)
            .GroupBy(c => c.MunicipalityId)
            .Select(g => new { Municipality = g.Key, Total = g.Sum(c => c.Amount) })
            .ToDictionaryAsync(x => x.Municipality, x => x.Total, cancellationToken).ConfigureAwait(false);
        return members.Select(m => new KeyInput(m.MunicipalityId, KeyBasis.HistoricalCosts, costs.GetValueOrDefault(m.MunicipalityId)));
    }
}
