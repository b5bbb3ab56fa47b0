using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;

namespace Regional.Finance.Ledger;

/// <summary>
/// Checks each cost, then hands it to its region's writer and waits for the outcome. A cost that breaks a
/// rule is refused on its own; the others of the same call are posted. Retrying a whole call is safe.
/// </summary>
internal sealed class CostIntake(CostWriterQueue queue, TenantContext tenants, ICurrentActor actor) : ICostIntake
{
    public async Task<CostOutcome> RecordAsync(CostIncurred cost, CancellationToken cancellationToken = default) =>
        (await RecordAllAsync([cost], cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<CostOutcome>> RecordAllAsync(IReadOnlyList<CostIncurred> costs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var scope = tenants.Required;
        var pending = costs.Select(cost => Checked(cost, scope)).ToList();
        queue.Enqueue(scope.RegionId, pending);
        return await Task.WhenAll(pending.Select(p => p.Outcome.WaitAsync(cancellationToken))).ConfigureAwait(false);
    }

    private PendingCost Checked(CostIncurred cost, TenantScope scope)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var key = "cost:" + Require.Text(nameof(cost.SourceKey), "de bronverwijzing", cost.SourceKey, 200);
        if (cost.Amount == Money.Zero)
        {
            throw new RuleViolationException(nameof(cost.Amount), "Een kostenpost van € 0,00 wordt niet geboekt.");
        }

        if (!scope.MunicipalityIds.Contains(cost.MunicipalityId))
        {
            throw new RuleViolationException(nameof(cost.MunicipalityId), "Deze gemeente hoort niet bij de regio, of u mag er niet voor boeken.");
        }

        if (cost.ClientRef is not null)
        {
            Require.Text(nameof(cost.ClientRef), "de cliëntverwijzing", cost.ClientRef, 100);
        }

        return new PendingCost(cost, key, actor.Name);
    }
}
