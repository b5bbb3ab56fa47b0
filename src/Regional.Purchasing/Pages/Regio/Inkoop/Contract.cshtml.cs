using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Registers;
using Regional.Purchasing.Tariffs;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

internal sealed class ContractModel(
    ContractService contracts, TariffService tariffs, PurchasingRegisters registers, ProductCatalogue catalogue, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Contract Contract { get; private set; } = null!;

    public ContractRow Row { get; private set; } = null!;

    public IReadOnlyList<TariffRow> Tariffs { get; private set; } = [];

    public IReadOnlyList<TariffGap> Gaps { get; private set; } = [];

    private IReadOnlyList<Product> products = [];

    public string ProductCode(Guid id) => products.FirstOrDefault(p => p.Id == id)?.Code ?? "?";

    public Task<IActionResult> OnPostExtendAsync(DateOnly? newEnd, string? reference) =>
        ChangeAsync(ct => contracts.ExtendAsync(Id, new NewExtension(newEnd ?? default, reference ?? ""), ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await contracts.FindAsync(Id, ct).ConfigureAwait(false) is not { } contract)
        {
            return false;
        }

        Contract = contract;
        Row = (await registers.ContractsAsync(ct).ConfigureAwait(false)).Single(r => r.Id == Id);
        products = await catalogue.ListAsync(ct).ConfigureAwait(false);
        var codes = Row.ProductCodes.ToHashSet();
        Tariffs = (await registers.TariffsAsync(ct).ConfigureAwait(false))
            .Where(t => codes.Contains(t.ProductCode) && (t.ContractNumber is null || t.ContractNumber == contract.Number) && t.ValidTo >= contract.StartsOn && t.ValidFrom <= contract.EndsOn)
            .ToList();
        Gaps = await tariffs.GapsAsync(Id, ct).ConfigureAwait(false);
        return true;
    }
}
