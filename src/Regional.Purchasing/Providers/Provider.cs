using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Providers;

/// <summary>A care provider (zorgaanbieder) known to the region, with its registrations and contacts.</summary>
internal sealed class Provider : RegionOwnedEntity
{
    public required string Name { get; set; }

    /// <summary>Chamber of Commerce number: eight digits.</summary>
    public required string KvkNumber { get; set; }

    /// <summary>AGB code (Vektis): eight digits.</summary>
    public required string AgbCode { get; set; }

    public List<ProviderContact> Contacts { get; init; } = [];
}

internal sealed class ProviderContact : RegionOwnedEntity
{
    public Guid ProviderId { get; init; }

    public required string Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
