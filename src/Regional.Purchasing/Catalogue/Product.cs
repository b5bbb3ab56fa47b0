using Regional.Kernel.Persistence;
using Regional.Kernel.Tenancy;

namespace Regional.Purchasing.Catalogue;

/// <summary>
/// A product of the region's own product structure (productordening), mapped onto a national
/// category of its domain, e.g. "Verblijf Jeugd - pleegzorg" onto iJw category 43.
/// </summary>
internal sealed class Product : RegionOwnedEntity
{
    /// <summary>The region's own product code, unique within the region.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required SocialDomain Domain { get; init; }

    /// <summary>National category code (iJw/iWmo product category, or Participatie instrument).</summary>
    public required string CategoryCode { get; init; }

    /// <summary>Product group the region decides on, e.g. "Dagbesteding" or "Verblijf Jeugd".</summary>
    public required string ProductGroup { get; set; }

    public required Unit Unit { get; init; }

    /// <summary>
    /// The product code in the message traffic (iJw/iWmo ProductCode, five characters, e.g. 45A04), under
    /// <see cref="CategoryCode"/>; what toewijzingen and declaraties name. Empty for a product that is not
    /// exchanged in messages (Participatie).
    /// </summary>
    public string? NationalCode { get; init; }
}
