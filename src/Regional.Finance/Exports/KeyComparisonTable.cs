using System.Globalization;
using Regional.Finance.Keys;
using Regional.Finance.Pools;
using Regional.Kernel.Exports;
using Regional.Kernel.Values;

namespace Regional.Finance.Exports;

/// <summary>The what-if comparison of keys as a table (and so as CSV): per municipality its amount under each candidate.</summary>
internal static class KeyComparisonTable
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The candidates the board usually weighs: the pool's own key and each single basis with data.</summary>
    public static IReadOnlyList<CandidateKey> DefaultCandidates(Pool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var candidates = new List<CandidateKey>();
        if (pool.Components.Count > 0)
        {
            candidates.Add(new CandidateKey("Huidige sleutel", pool.Components.Select(c => new KeyComponent(c.Basis, c.Weight)).ToList()));
        }

        candidates.Add(new CandidateKey("Inwoners", [new KeyComponent(KeyBasis.Inhabitants, 1m)]));
        candidates.Add(new CandidateKey("Inwoners 0-17", [new KeyComponent(KeyBasis.InhabitantsAged0To17, 1m)]));
        candidates.Add(new CandidateKey("Historische kosten (3 jaar)", [new KeyComponent(KeyBasis.HistoricalCosts, 1m)]));
        candidates.AddRange(pool.Inputs.Select(i => i.Basis).Distinct()
            .Where(b => b is not (KeyBasis.Inhabitants or KeyBasis.InhabitantsAged0To17 or KeyBasis.HistoricalCosts))
            .Select(b => new CandidateKey(EnumWords.Of(b), [new KeyComponent(b, 1m)])));
        return candidates.DistinctBy(c => string.Join('+', c.Components.Select(x => $"{x.Basis}:{x.Weight}"))).ToList();
    }

    public static Table Build(KeyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var usable = comparison.Candidates.Where(c => c.Problem is null).ToList();
        var rows = comparison.Members.OrderBy(m => m.Name, StringComparer.Create(Dutch, true)).Select(m => (IReadOnlyList<string>)
            [m.Name, .. usable.SelectMany(c => c.Members.Where(x => x.MunicipalityId == m.MunicipalityId)
                .SelectMany(x => new[] { x.Share.ToString("P2", Dutch), x.Amount.ToString("N2", Dutch) }))]).ToList();
        return new Table(
            $"Sleutels {comparison.Pool.Name}",
            ["Gemeente", .. usable.SelectMany(c => new[] { $"{c.Name}: aandeel", $"{c.Name}: bedrag" })],
            rows);
    }
}
