using Regional.Care.Assignments;
using Regional.Kernel.Modules;
using Regional.Purchasing.Catalogue;

namespace Regional.Care.Continuity;

/// <summary>The continuity-at-18 list of the municipalities the user may see.</summary>
internal sealed class ContinuityService(AssignmentService assignments, ProductCatalogue products, ContinuityMap map)
{
    public async Task<IReadOnlyList<ComingOfAge>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await assignments.ListAsync(cancellationToken).ConfigureAwait(false);
        var catalogue = (await products.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
        return ContinuityAt18.Evaluate(all, catalogue, map);
    }
}
