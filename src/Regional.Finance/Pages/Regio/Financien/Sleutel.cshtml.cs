using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Keys;
using Regional.Finance.Pools;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Web;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>
/// Sets a pool's key: a weight per basis and, where the board agreed them, each member's values. Values
/// left empty are found by Regional (inhabitants from the CBS import, clients and costs from the ledger).
/// Optionally phased in: the new key grows in over a number of years from the current one.
/// </summary>
internal sealed class SleutelModel(PoolService pools, IAuthorizationService authorization) : EditablePageModel(authorization, Policies.Finance)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [FromRoute]
    public Guid Id { get; set; }

    public Pool Pool { get; private set; } = null!;

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public static IReadOnlyList<KeyBasis> Bases { get; } = Enum.GetValues<KeyBasis>();

    /// <summary>Historical costs always come from the ledger; every other basis may be entered per member.</summary>
    public static bool Enterable(KeyBasis basis) => basis != KeyBasis.HistoricalCosts;

    public static string WeightField(KeyBasis basis) => $"weight_{basis}";

    public static string ValueField(KeyBasis basis, Guid municipality) => $"value_{basis}_{municipality:N}";

    public string Weight(KeyBasis basis) => Request.HasFormContentType
        ? Posted(WeightField(basis))
        : Pool.Components.FirstOrDefault(c => c.Basis == basis)?.Weight.ToString("0.######", Dutch) ?? "";

    public string Value(KeyBasis basis, Guid municipality) => Request.HasFormContentType
        ? Posted(ValueField(basis, municipality))
        : Pool.Inputs.FirstOrDefault(i => i.Basis == basis && i.MunicipalityId == municipality)?.Value.ToString("0.######", Dutch) ?? "";

    public Task<IActionResult> OnPostAsync() => ChangeThenGoAsync(async ct =>
    {
        var pool = await pools.FindAsync(Id, ct).ConfigureAwait(false) ?? throw new RuleViolationException("PoolId", "Onbekende pool.");
        var members = await pools.MembersAsync(pool, ct).ConfigureAwait(false);
        var target = Bases.Select(b => new KeyComponent(b, Amounts.Parse(WeightField(b), Posted(WeightField(b)), 0m))).Where(c => c.Weight != 0).ToList();
        var inputs = target.Where(c => Enterable(c.Basis))
            .SelectMany(c => members.Select(m => (c.Basis, m.MunicipalityId, Value: Amounts.ParseOptional(ValueField(c.Basis, m.MunicipalityId), Posted(ValueField(c.Basis, m.MunicipalityId))))))
            .Where(x => x.Value is not null)
            .Select(x => new KeyInput(x.MunicipalityId, x.Basis, x.Value!.Value))
            .ToList();
        var components = target;
        if (!string.IsNullOrWhiteSpace(Posted("phaseYears")))
        {
            // The current key keeps its values for the bases the new one does not set.
            components = [.. PhaseIn.Blend(Current(pool), target, (int)Amounts.Parse("phaseFrom", Posted("phaseFrom")), (int)Amounts.Parse("phaseYears", Posted("phaseYears")), pool.Year)];
            var newBases = inputs.Select(i => i.Basis).ToHashSet();
            inputs.AddRange(pool.Inputs.Where(i => !newBases.Contains(i.Basis)).Select(i => new KeyInput(i.MunicipalityId, i.Basis, i.Value)));
        }

        await pools.SetKeyAsync(Id, components, inputs, ct).ConfigureAwait(false);
        return $"/regio/{Access.Region.Code}/financien/pools/{Id}";
    });

    protected override async Task<bool> LoadAsync()
    {
        if (await pools.FindAsync(Id, HttpContext.RequestAborted).ConfigureAwait(false) is not { } pool)
        {
            return false;
        }

        Pool = pool;
        Members = await pools.MembersAsync(pool, HttpContext.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static List<KeyComponent> Current(Pool pool) =>
        pool.Components.Count > 0
            ? pool.Components.Select(c => new KeyComponent(c.Basis, c.Weight)).ToList()
            : throw new RuleViolationException("phaseYears", "De pool heeft nog geen sleutel om van in te groeien; stel eerst een sleutel in.");
}
