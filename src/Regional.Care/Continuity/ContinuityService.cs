using Regional.Care.Assignments;
using Regional.Kernel.Modules;
using Regional.Purchasing.Facts;

namespace Regional.Care.Continuity;

/// <summary>The continuity-at-18 list of the municipalities the user may see.</summary>
internal sealed class ContinuityService(AssignmentService assignments, IPurchasedCare purchased, ContinuityMap map)
{
    public async Task<IReadOnlyList<ComingOfAge>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await assignments.ListAsync(cancellationToken).ConfigureAwait(false);
        var catalogue = (await purchased.ProductsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
        return ContinuityAt18.Evaluate(all, catalogue, map);
    }
}
