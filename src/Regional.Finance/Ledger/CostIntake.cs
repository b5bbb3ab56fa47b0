using Regional.Finance.Owners;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Facts;

namespace Regional.Finance.Ledger;

/// <summary>
/// Checks each cost and sends it to its owner's grain: the pool when the solidarity decision in force pools
/// the product (fully, partly or above a threshold), else the municipality's budget account. A cost that
/// breaks a rule is refused on its own; the others of the same call are posted. Retrying a whole call is safe,
/// and a call that meets a lost silo is repeated until the grain is back on another.
/// </summary>
internal sealed class CostIntake(IGrainFactory grains, IPurchasedCare purchased, ISolidarityDecisions solidarity, TenantContext tenants, ICurrentActor actor)
    : ICostIntake
{
    public async Task<CostOutcome> RecordAsync(CostIncurred cost, CancellationToken cancellationToken = default)
    {
        var recorded = (await RecordAllAsync([cost], cancellationToken).ConfigureAwait(false))[0];
        return recorded.Outcome == CostOutcome.Refused ? throw new RuleViolationException(recorded.Field!, recorded.Problem!) : recorded.Outcome;
    }

    public async Task<IReadOnlyList<CostRecorded>> RecordAllAsync(IReadOnlyList<CostIncurred> costs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var scope = tenants.Required;
        var results = new CostRecorded[costs.Count];
        var owners = new Dictionary<MoneyOwner, List<(int Position, CostToPost Cost)>>();
        var routes = new Dictionary<(Guid, int), SolidarityTerms?>();
        var productsSeen = new Dictionary<Guid, ProductInfo?>();
        for (var i = 0; i < costs.Count; i++)
        {
            try
            {
                var (owner, toPost) = await RouteAsync(costs[i], scope, productsSeen, routes, cancellationToken).ConfigureAwait(false);
                (owners.TryGetValue(owner, out var list) ? list : owners[owner] = []).Add((i, toPost));
            }
            catch (RuleViolationException problem)
            {
                results[i] = new CostRecorded(CostOutcome.Refused, problem.Field, problem.Message);
            }
        }

        await Task.WhenAll(owners.Select(async owner =>
        {
            CostToPost[] batch = [.. owner.Value.Select(c => c.Cost)];
            var outcomes = await ClusterFaults.RetryAsync(() => owner.Key.Grain(grains).PostAsync(batch), cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < outcomes.Length; j++)
            {
                results[owner.Value[j].Position] = new CostRecorded(outcomes[j].Outcome, outcomes[j].Field, outcomes[j].Problem);
            }
        })).ConfigureAwait(false);
        return results;
    }

    /// <summary>The cost's owner and the checked cost.</summary>
    private async Task<(MoneyOwner Owner, CostToPost Cost)> RouteAsync(
        CostIncurred cost, TenantScope scope, Dictionary<Guid, ProductInfo?> productsSeen, Dictionary<(Guid, int), SolidarityTerms?> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var key = "cost:" + Require.Text(nameof(cost.SourceKey), "de bronverwijzing", cost.SourceKey, 200);
        if (!scope.MunicipalityIds.Contains(cost.MunicipalityId))
        {
            throw new RuleViolationException(nameof(cost.MunicipalityId), "Deze gemeente hoort niet bij de regio, of u mag er niet voor boeken.");
        }

        if (cost.ClientRef is not null)
        {
            Require.Text(nameof(cost.ClientRef), "de cliëntverwijzing", cost.ClientRef, 100);
        }

        var clients = ClientParts(cost);

        if (!productsSeen.TryGetValue(cost.ProductId, out var product))
        {
            product = productsSeen[cost.ProductId] = await purchased.ProductAsync(cost.ProductId, cancellationToken).ConfigureAwait(false);
        }

        if (product is null)
        {
            throw new RuleViolationException(nameof(cost.ProductId), "Onbekend product.");
        }

        if (!decisions.TryGetValue((product.Id, cost.Day.Year), out var decision))
        {
            decision = decisions[(product.Id, cost.Day.Year)] = await solidarity.InForceAsync(product.Id, cost.Day.Year, cancellationToken).ConfigureAwait(false);
        }

        var route = new CostRoute(product.Code, product.ProductGroup, product.Domain, PoolingRule.Of(decision));
        MoneyOwner owner = route.Pooling is { } pooling
            ? new PoolOwner(scope.RegionId, product.ProductGroup, product.Domain, pooling.Year)
            : new BudgetOwner(scope.RegionId, cost.MunicipalityId, product.Domain, cost.Day.Year);
        return (owner, new CostToPost(cost.MunicipalityId, route, cost.Day, cost.Amount.Euros, key, cost.ClientRef, actor.Name, clients));
    }

    /// <summary>A cost split per client names each client once, and its parts add up to the cost.</summary>
    private static List<ClientPart>? ClientParts(CostIncurred cost)
    {
        if (cost.Clients is null)
        {
            return null;
        }

        if (cost.ClientRef is not null || cost.Clients.Count == 0)
        {
            throw new RuleViolationException(nameof(cost.Clients), "Een kostenpost verdeeld over cliënten noemt ten minste één cliënt, en geen aparte cliëntverwijzing.");
        }

        var parts = cost.Clients.Select(c => new ClientPart(Require.Text(nameof(cost.Clients), "de cliëntverwijzing", c.ClientRef, 100), c.Amount.Euros)).ToList();
        if (parts.DistinctBy(p => p.ClientRef).Count() != parts.Count)
        {
            throw new RuleViolationException(nameof(cost.Clients), "Een kostenpost noemt elke cliënt één keer.");
        }

        return parts.Sum(p => p.Amount) == cost.Amount.Euros
            ? parts
            : throw new RuleViolationException(nameof(cost.Clients), "De bedragen per cliënt tellen niet op tot het bedrag van de kostenpost.");
    }
}
