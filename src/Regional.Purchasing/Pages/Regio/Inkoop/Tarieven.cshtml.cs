using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Registers;
using Regional.Purchasing.Tariffs;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

/// <summary>
/// The tariff list, "what was the tariff of product X on day D?", and setting tariffs directly, from
/// a cost-price calculation, or by indexing an earlier one. Amounts are typed the Dutch way (12,50).
/// </summary>
internal sealed class TarievenModel(
    TariffService tariffs, PurchasingRegisters registers, ProductCatalogue catalogue, ContractService contracts, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    public IReadOnlyList<TariffRow> Rows { get; private set; } = [];

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public IReadOnlyList<Contract> Contracts { get; private set; } = [];

    [FromQuery(Name = "product")]
    public string? LookupProduct { get; set; }

    [FromQuery(Name = "date")]
    public DateOnly? LookupDate { get; set; }

    public string? LookupAnswer { get; private set; }

    public Task<IActionResult> OnPostAsync(
        string productCode, Guid? contractId, DateOnly? validFrom, DateOnly? validTo, string? amount,
        string? personnelCostPerFte, string? productiveHoursPerFte, string? otherCostsPerUnit, string? overheadPercentage, string? riskPercentage) =>
        ChangeAsync(ct =>
        {
            var cost = string.IsNullOrWhiteSpace(personnelCostPerFte)
                ? null
                : new CostPrice(
                    Amounts.Parse(nameof(CostPrice.PersonnelCostPerFte), personnelCostPerFte), Amounts.Parse(nameof(CostPrice.ProductiveHoursPerFte), productiveHoursPerFte),
                    Amounts.Parse(nameof(CostPrice.OtherCostsPerUnit), otherCostsPerUnit, 0), Amounts.Parse(nameof(CostPrice.OverheadPercentage), overheadPercentage, 0) / 100,
                    Amounts.Parse(nameof(CostPrice.RiskPercentage), riskPercentage, 0) / 100);
            var direct = cost is null ? Amounts.Parse("Amount", amount) : (decimal?)null;
            return tariffs.AddAsync(new NewTariff(productCode, contractId, Day("ValidFrom", validFrom), Day("ValidTo", validTo), direct, cost), ct);
        });

    public Task<IActionResult> OnPostIndexAsync(Guid fromTariffId, string? percentage, DateOnly? indexFrom, DateOnly? indexTo) =>
        ChangeAsync(ct => tariffs.IndexAsync(fromTariffId, Amounts.Parse("Percentage", percentage) / 100, Day("IndexFrom", indexFrom), Day("IndexTo", indexTo), ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Rows = await registers.TariffsAsync(ct).ConfigureAwait(false);
        Products = await catalogue.ListAsync(ct).ConfigureAwait(false);
        Contracts = await contracts.ListAsync(ct).ConfigureAwait(false);
        if (LookupDate is { } day && Products.FirstOrDefault(p => p.Code == LookupProduct) is { } product)
        {
            var tariff = await tariffs.OnAsync(product.Id, day, cancellationToken: ct).ConfigureAwait(false);
            LookupAnswer = tariff is null
                ? $"Op {Labels.Date(day)} gold er geen regionaal tarief voor {product.Code}."
                : $"Op {Labels.Date(day)} gold voor {product.Code} {product.Name}: {Labels.Euro(tariff.Amount)} per {Labels.Of(product.Unit)} ({Labels.Date(tariff.ValidFrom)} t/m {Labels.Date(tariff.ValidTo)}).";
        }

        return true;
    }


    private static DateOnly Day(string field, DateOnly? day) => day ?? throw new RuleViolationException(field, "Vul de datum in.");
}
