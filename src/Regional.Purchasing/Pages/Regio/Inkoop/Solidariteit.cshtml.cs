using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Solidarity;
using Regional.Web;

namespace Regional.Purchasing.Pages.Regio.Inkoop;

/// <summary>
/// Solidarity decisions per product group and year; a municipality user also sees whether a decision
/// applies to their municipality (a member for that product's domain in that year).
/// </summary>
internal sealed class SolidariteitModel(
    SolidarityService solidarity, ProductCatalogue catalogue, RegionDirectory directory, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Purchasing)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private IReadOnlyList<MemberView> ownMunicipalities = [];

    public IReadOnlyList<SolidarityDecision> Decisions { get; private set; } = [];

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public IReadOnlyList<string> Groups => Products.Select(p => p.ProductGroup).Distinct().Order().ToList();

    public string Subject(SolidarityDecision decision) =>
        decision.ProductGroup ?? Products.FirstOrDefault(p => p.Id == decision.ProductId)?.Name ?? "?";

    public static string Detail(SolidarityDecision decision) => decision.Arrangement switch
    {
        SolidarityArrangement.Partial => $" ({decision.Fraction!.Value.ToString("P0", Dutch)} gedeeld)",
        SolidarityArrangement.AboveThreshold => $" (boven {Labels.Euro(decision.ThresholdAmount!.Value)} {Labels.Of(decision.ThresholdBasis!.Value)})",
        _ => "",
    };

    /// <summary>The latest recorded decision for its subject and year is the one in force.</summary>
    public bool IsInForce(SolidarityDecision decision) =>
        !Decisions.Any(d => d.Year == decision.Year && d.ProductGroup == decision.ProductGroup && d.ProductId == decision.ProductId && d.RecordedAt > decision.RecordedAt);

    public bool AppliesToOwnMunicipality(SolidarityDecision decision)
    {
        var domains = Products.Where(p => p.Id == decision.ProductId || p.ProductGroup == decision.ProductGroup).Select(p => p.Domain).Distinct();
        var midYear = new DateOnly(decision.Year, 7, 1);
        return decision.Arrangement != SolidarityArrangement.None &&
            ownMunicipalities.Any(m => domains.Any(d => m.IsMemberFor(d, midYear)));
    }

    public Task<IActionResult> OnPostAsync(
        string? productGroup, string? productCode, int year, SolidarityArrangement arrangement, string? fraction, string? thresholdAmount,
        ThresholdBasis? thresholdBasis, DistributionKeyKind? distributionKey, DateOnly? decidedOn, string? reference) =>
        ChangeAsync(ct => solidarity.RecordAsync(
            new NewSolidarityDecision(
                productGroup, productCode, year, arrangement, Amounts.ParseOptional("Fraction", fraction), Amounts.ParseOptional("ThresholdAmount", thresholdAmount), thresholdBasis,
                distributionKey, decidedOn ?? throw new RuleViolationException("DecidedOn", "Vul de datum van het besluit in."), reference ?? ""),
            ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Decisions = await solidarity.ListAsync(ct).ConfigureAwait(false);
        Products = await catalogue.ListAsync(ct).ConfigureAwait(false);
        ownMunicipalities = (await directory.MembersAsync(ct).ConfigureAwait(false))
            .Where(m => Access.Scope.MunicipalityIds.Contains(m.MunicipalityId)).ToList();
        return true;
    }

}
