using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Modules;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Catalogue;

internal sealed record NewProduct(string Code, string Name, SocialDomain Domain, string CategoryCode, string ProductGroup, Unit Unit, string? NationalCode = null);

/// <summary>The region's own products, each mapped onto a national category its domain module supplies.</summary>
internal sealed class ProductCatalogue(PurchasingDbContext db, IEnumerable<IDomainModule> modules)
{
    public async Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Products.AsNoTracking().OrderBy(p => p.Domain).ThenBy(p => p.ProductGroup).ThenBy(p => p.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Product?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalised = code.Trim().ToUpperInvariant();
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Code == normalised, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The product a message names by its domain, category and product code (iJw/iWmo), if the region has one.</summary>
    public async Task<Product?> FindNationalAsync(SocialDomain domain, string category, string code, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Domain == domain && p.CategoryCode == category && p.NationalCode == code, cancellationToken)
            .ConfigureAwait(false);
    }

    internal async Task<Product> AddAsync(NewProduct input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var product = new Product
        {
            Code = Require.Text(nameof(input.Code), "de productcode", input.Code, 20).ToUpperInvariant(),
            Name = Require.Text(nameof(input.Name), "de naam", input.Name),
            Domain = input.Domain,
            CategoryCode = CategoryMustExist(input.Domain, input.CategoryCode),
            ProductGroup = Require.Text(nameof(input.ProductGroup), "de productgroep", input.ProductGroup, 100),
            Unit = Enum.IsDefined(input.Unit) ? input.Unit : throw new RuleViolationException(nameof(input.Unit), $"Onbekende eenheid {input.Unit}."),
            NationalCode = string.IsNullOrWhiteSpace(input.NationalCode) ? null : Require.Text(nameof(input.NationalCode), "de productcode in het berichtenverkeer", input.NationalCode, 5).ToUpperInvariant(),
        };
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Products.AnyAsync(p => p.Code == product.Code, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.Code), $"Productcode {product.Code} bestaat al in deze regio.");
        }

        if (product.NationalCode is not null
            && await db.Products.AnyAsync(p => p.Domain == product.Domain && p.CategoryCode == product.CategoryCode && p.NationalCode == product.NationalCode, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.NationalCode), $"Productcode {product.CategoryCode}/{product.NationalCode} in het berichtenverkeer hoort al bij een ander product.");
        }

        db.Products.Add(product);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return product;
    }

    /// <summary>A product maps onto a category of its own domain's national catalogue.</summary>
    private string CategoryMustExist(SocialDomain domain, string? code)
    {
        var catalogue = modules.Single(m => m.Domain == domain);
        return catalogue.ProductCategories.FirstOrDefault(c => c.Code == code?.Trim())?.Code
            ?? throw new RuleViolationException(
                "CategoryCode", $"'{code}' is geen productcategorie van {catalogue.DisplayName}; kies uit {string.Join(", ", catalogue.ProductCategories.Select(c => c.Code))}.");
    }
}
