using Regional.Kernel.Modules;

namespace Regional.Host.Api;

/// <summary>The national catalogues the domain modules supply.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/catalogue", (IEnumerable<IDomainModule> modules) => modules
            .Select(m => new ModuleDto(m.Domain, m.DisplayName, m.ProductCategories.Select(c => new ProductCategoryDto(c.Code, c.Description)).ToList()))
            .ToList())
            .WithSummary("Product categories per domain module.");
}
