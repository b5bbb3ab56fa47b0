using Microsoft.AspNetCore.Authorization;
using Regional.Kernel.Security;
using Regional.Purchasing.Exports;
using Regional.Purchasing.Registers;
using Regional.Web;
using Regional.Kernel.Exports;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

/// <summary>The contract register, shown from the same table as its CSV and Excel exports.</summary>
internal sealed class ContractenModel(PurchasingRegisters registers, IAuthorizationService authorization) : EditablePageModel(authorization, Policies.Purchasing)
{
    public IReadOnlyList<ContractRow> Rows { get; private set; } = [];

    public Table Table { get; private set; } = null!;

    protected override async Task<bool> LoadAsync()
    {
        Rows = await registers.ContractsAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Table = PurchasingTables.Contracts(Rows);
        return true;
    }
}
