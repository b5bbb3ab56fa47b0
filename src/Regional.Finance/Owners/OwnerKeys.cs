using System.Globalization;
using Regional.Kernel.Tenancy;

namespace Regional.Finance.Owners;

/// <summary>
/// Who owns a movement of money: the pool of a product group, domain and year, or the budget account of a
/// municipality, domain and year. Each is one grain in the cluster; the key is its grain identity.
/// </summary>
internal abstract record MoneyOwner(Guid RegionId, SocialDomain Domain, int Year)
{
    public abstract string Key { get; }

    /// <summary>The grain that owns this pool or budget account.</summary>
    public abstract IMoneyOwnerGrain Grain(IGrainFactory grains);

    protected static string[] Split(string key, int parts)
    {
        var fields = key.Split('|');
        return fields.Length == parts ? fields : throw new FormatException($"'{key}' is not a money owner's key.");
    }
}

/// <summary>A solidarity pool: pools are per domain, so only members of that domain share it.</summary>
internal sealed record PoolOwner(Guid RegionId, string ProductGroup, SocialDomain Domain, int Year) : MoneyOwner(RegionId, Domain, Year)
{
    public override string Key => string.Join('|', RegionId, Domain, Year.ToString(CultureInfo.InvariantCulture), ProductGroup);

    public override IMoneyOwnerGrain Grain(IGrainFactory grains) => grains.GetGrain<IPoolGrain>(Key);

    public static PoolOwner Parse(string key)
    {
        var f = Split(key, 4);
        return new PoolOwner(Guid.Parse(f[0]), f[3], Enum.Parse<SocialDomain>(f[1]), int.Parse(f[2], CultureInfo.InvariantCulture));
    }
}

/// <summary>A municipality's own costs in one domain and year: what its budget for that domain (or its cross-domain budget) is spent on.</summary>
internal sealed record BudgetOwner(Guid RegionId, Guid MunicipalityId, SocialDomain Domain, int Year) : MoneyOwner(RegionId, Domain, Year)
{
    public override string Key => string.Join('|', RegionId, MunicipalityId, Domain, Year.ToString(CultureInfo.InvariantCulture));

    public override IMoneyOwnerGrain Grain(IGrainFactory grains) => grains.GetGrain<IBudgetGrain>(Key);

    public static BudgetOwner Parse(string key)
    {
        var f = Split(key, 4);
        return new BudgetOwner(Guid.Parse(f[0]), Guid.Parse(f[1]), Enum.Parse<SocialDomain>(f[2]), int.Parse(f[3], CultureInfo.InvariantCulture));
    }
}
