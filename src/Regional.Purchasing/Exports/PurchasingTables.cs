using System.Globalization;
using Regional.Kernel.Exports;
using Regional.Purchasing.Registers;

namespace Regional.Purchasing.Exports;

/// <summary>The purchasing registers as tables with Dutch headers and formatting, for export and for the web UI.</summary>
internal static class PurchasingTables
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Table Contracts(IEnumerable<ContractRow> rows) => new(
        "Contractregister",
        ["Contract", "Aanbieder", "AGB-code", "Procedure", "Domein", "Ingang", "Einde", "Verlengingen", "Perceel", "Producten", "Hoofdaannemer"],
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.Number, r.Provider, r.AgbCode, r.Procedure, r.Domain.ToString(), Date(r.StartsOn), Date(r.EndsOn),
            r.Extensions.ToString(Dutch), r.Lot ?? "", string.Join(", ", r.ProductCodes), r.MainContractor ?? "",
        ]).ToList());

    public static Table Tariffs(IEnumerable<TariffRow> rows) => new(
        "Tarieven",
        ["Product", "Omschrijving", "Eenheid", "Geldt voor", "Van", "Tot en met", "Tarief", "Grondslag"],
        rows.Select(r => (IReadOnlyList<string>)
        [
            r.ProductCode, r.ProductName, r.Unit.ToString(), r.ContractNumber ?? "regionaal", Date(r.ValidFrom), Date(r.ValidTo),
            r.Amount.ToString("N2", Dutch), r.Basis,
        ]).ToList());

    public static string Date(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
