using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Tariffs;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

/// <summary>One tariff explained: its cost-price calculation, or the chain of indexations back to one.</summary>
internal sealed class TariefModel(TariffService tariffs, ProductCatalogue catalogue, IAuthorizationService authorization) : EditablePageModel(authorization, Policies.Purchasing)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Tariff Tariff { get; private set; } = null!;

    public Product Product { get; private set; } = null!;

    public IReadOnlyList<string> Explanation { get; private set; } = [];

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var all = (await tariffs.ListAsync(ct).ConfigureAwait(false)).ToDictionary(t => t.Id);
        if (!all.TryGetValue(Id, out var tariff))
        {
            return false;
        }

        Tariff = tariff;
        Product = (await catalogue.FindAsync(tariff.ProductId, ct).ConfigureAwait(false))!;
        var lines = new List<string>();
        for (var step = tariff; step is not null; step = step.IndexedFromId is { } from ? all[from] : null)
        {
            lines.InsertRange(0, step switch
            {
                { CostPrice: { } cost } => cost.Explain(Product.Unit),
                { IndexationPercentage: { } pct, IndexedFromId: { } from } =>
                    [$"Geïndexeerd met {pct * 100:0.##}%: {Labels.Euro(all[from].Amount)} → {Labels.Euro(step.Amount)} (vanaf {Labels.Date(step.ValidFrom)})"],
                _ => [$"Vastgesteld op {Labels.Euro(step.Amount)} (vanaf {Labels.Date(step.ValidFrom)})"],
            });
        }

        Explanation = lines;
        return true;
    }
}
