using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;

namespace Regional.Purchasing.Facts;

/// <summary>A product of the region's product structure, mapped onto a national category of its domain.</summary>
/// <param name="NationalCode">The product code in the message traffic (iJw/iWmo, e.g. 45A04); empty where no message names it.</param>
public sealed record ProductInfo(Guid Id, string Code, string Name, SocialDomain Domain, string CategoryCode, string ProductGroup, Unit Unit, string? NationalCode)
{
    internal static ProductInfo Of(Product product) =>
        new(product.Id, product.Code, product.Name, product.Domain, product.CategoryCode, product.ProductGroup, product.Unit, product.NationalCode);
}
