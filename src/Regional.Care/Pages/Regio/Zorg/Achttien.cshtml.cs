using Regional.Care.Continuity;
using Regional.Kernel.Modules;
using Regional.Kernel.Tenancy;
using Regional.Web;

namespace Regional.Care.Pages.Regio.Zorg;

/// <summary>Continuity at 18 per municipality: young clients whose youth care runs past their birthday, and what should follow.</summary>
internal sealed class AchttienModel(ContinuityService continuity, RegionDirectory directory, IEnumerable<IDomainModule> modules) : RegionPageModel
{
    public IReadOnlyList<ComingOfAge> Clients { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Municipalities { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>A follow-up option in words: the module's name and its category's description.</summary>
    public string Describe(TakeUpAt18 option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var module = modules.FirstOrDefault(m => m.Domain == option.Domain);
        var category = module?.ProductCategories.FirstOrDefault(c => c.Code == option.Category)?.Description ?? option.Category;
        return $"{module?.DisplayName ?? option.Domain.ToString()}: {category}";
    }

    public async Task OnGetAsync()
    {
        Clients = await continuity.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Municipalities = (await directory.MembersAsync(HttpContext.RequestAborted).ConfigureAwait(false)).ToDictionary(m => m.MunicipalityId, m => m.Name);
    }
}
