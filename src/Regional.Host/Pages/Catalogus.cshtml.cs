using Microsoft.AspNetCore.Mvc.RazorPages;
using Regional.Kernel.Modules;

namespace Regional.Host.Pages;

public sealed class CatalogusModel(IEnumerable<IDomainModule> modules) : PageModel
{
    public IReadOnlyList<IDomainModule> Modules { get; } = modules.OrderBy(m => m.Domain).ToList();
}
