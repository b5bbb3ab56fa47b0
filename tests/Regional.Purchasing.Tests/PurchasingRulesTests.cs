using Regional.Kernel.Security;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Contracts;
using Regional.Purchasing.Procedures;
using Regional.Purchasing.Providers;
using Regional.Purchasing.Solidarity;
using Regional.Purchasing.Tariffs;

namespace Regional.Purchasing.Tests;

/// <summary>One test per named rule of joint purchasing, on the rules themselves.</summary>
public sealed class PurchasingRulesTests
{
    private static readonly Procedure OpenHouse = new()
    {
        Name = "Open house Jeugd", Kind = ProcedureKind.OpenHouse, Domain = Kernel.Tenancy.SocialDomain.Jeugd,
        StartsOn = new DateOnly(2019, 1, 1), EndsOn = new DateOnly(2024, 12, 31),
    };

    [Theory]
    [InlineData("1234567", "98000001", "KvkNumber")]
    [InlineData("12345678", "9800000X", "AgbCode")]
    [InlineData("12345678", "980000012", "AgbCode")]
    public void RegistrationNumbersAreWellFormed_names_the_malformed_number(string kvk, string agb, string field)
    {
        Should.Throw<RuleViolationException>(() => ProviderRules.RegistrationNumbersAreWellFormed(kvk, agb)).Field.ShouldBe(field);
    }

    [Fact]
    public void ApplicationsOnlyWhileOpen_refuses_an_application_while_admission_is_suspended()
    {
        var suspended = new Procedure
        {
            Name = "x", Kind = ProcedureKind.OpenHouse, Domain = Kernel.Tenancy.SocialDomain.Wmo, StartsOn = new DateOnly(2019, 1, 1), Admission = AdmissionStatus.Suspended,
        };

        Should.Throw<RuleViolationException>(() => AdmissionRules.ApplicationsOnlyWhileOpen(suspended)).Message.ShouldContain("opgeschort");
    }

    [Fact]
    public void AllMandatoryRequirementsMet_lists_the_unmet_mandatory_requirements()
    {
        var quality = new Requirement { Level = RequirementLevel.Organisation, Text = "Kwaliteitssysteem" };
        var vog = new Requirement { Level = RequirementLevel.Organisation, Text = "VOG" };
        var optional = new Requirement { Level = RequirementLevel.Product, Text = "Keurmerk", Mandatory = false };

        var error = Should.Throw<RuleViolationException>(() => AdmissionRules.AllMandatoryRequirementsMet(
            [quality, vog, optional], [new Assessment { RequirementId = quality.Id, Met = true }, new Assessment { RequirementId = vog.Id, Met = false }]));

        error.Message.ShouldContain("VOG");
        error.Message.ShouldNotContain("Keurmerk");
    }

    [Fact]
    public void ProviderIsAdmitted_refuses_a_contract_for_a_pending_application()
    {
        var pending = new Admission { ProcedureId = OpenHouse.Id, ProviderId = Guid.NewGuid(), AppliedOn = new DateOnly(2019, 1, 1) };

        Should.Throw<RuleViolationException>(() => ContractRules.ProviderIsAdmitted(pending));
    }

    [Theory]
    [InlineData("2018-12-31", "2023-12-31", "StartsOn")]
    [InlineData("2019-01-01", "2025-01-01", "EndsOn")]
    [InlineData("2020-01-01", "2019-12-31", "EndsOn")]
    public void TermWithinProcedure_refuses_a_term_outside_the_procedure(string start, string end, string field)
    {
        Should.Throw<RuleViolationException>(() => ContractRules.TermWithinProcedure(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), OpenHouse)).Field.ShouldBe(field);
    }

    [Fact]
    public void ProductsWithinProcedure_refuses_a_product_outside_the_procedure()
    {
        var inScope = Guid.NewGuid();
        var procedure = new Procedure { Name = "p", Kind = ProcedureKind.Tender, Domain = Kernel.Tenancy.SocialDomain.Jeugd, StartsOn = new DateOnly(2019, 1, 1) };
        procedure.Products.Add(new ProcedureProduct { ProductId = inScope });

        Should.NotThrow(() => ContractRules.ProductsWithinProcedure([inScope], procedure));
        Should.Throw<RuleViolationException>(() => ContractRules.ProductsWithinProcedure([inScope, Guid.NewGuid()], procedure));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12.5)]
    [InlineData(12.345)]
    public void AmountIsPositiveInWholeCents_refuses_zero_negative_and_fractions_of_a_cent(double amount)
    {
        Should.Throw<RuleViolationException>(() => TariffRules.AmountIsPositiveInWholeCents((decimal)amount)).Field.ShouldBe("Amount");
    }

    [Fact]
    public void DoesNotOverlap_refuses_a_second_tariff_for_the_same_days()
    {
        var existing = new Tariff { ProductId = Guid.NewGuid(), ValidFrom = new DateOnly(2019, 1, 1), ValidTo = new DateOnly(2019, 12, 31), Amount = 50 };

        Should.Throw<RuleViolationException>(() => TariffRules.DoesNotOverlap(new Period(new DateOnly(2019, 12, 31), new DateOnly(2020, 12, 31)), [existing]));
        Should.NotThrow(() => TariffRules.DoesNotOverlap(Period.Year(2020), [existing]));
    }

    [Fact]
    public void CostPriceIsSound_refuses_an_hourly_calculation_for_a_unit_that_is_not_time()
    {
        Should.Throw<RuleViolationException>(() => TariffRules.CostPriceIsSound(new CostPrice(60_000, 1_300, 0, 0.1m, 0.02m), Unit.Stuks)).Field.ShouldBe("Unit");
    }

    [Fact]
    public void A_cost_price_yields_an_explainable_tariff_to_the_cent()
    {
        // 62,000 / 1,300 h = 47.6923 per hour; + 2.50 other = 50.1923; x 1.12 overhead x 1.02 risk = 57.3396 -> 57.34.
        var cost = new CostPrice(62_000m, 1_300m, 2.50m, 0.12m, 0.02m);

        cost.TariffFor(Unit.Uur).ShouldBe(57.34m);
        cost.TariffFor(Unit.Dagdeel).ShouldBe(220.79m); // 4 h: (190.7692 + 2.50) x 1.12 x 1.02 = 220.7908
        cost.Explain(Unit.Uur)[^1].ShouldBe("Tarief: € 57,34 per Uur");
    }

    [Theory]
    [InlineData(SolidarityArrangement.Partial, 1.0, null, "Fraction")]
    [InlineData(SolidarityArrangement.Partial, 0.0, null, "Fraction")]
    [InlineData(SolidarityArrangement.AboveThreshold, null, null, "ThresholdAmount")]
    public void ArrangementIsComplete_names_what_is_missing_or_out_of_range(SolidarityArrangement arrangement, double? fraction, double? threshold, string field)
    {
        var decision = new SolidarityDecision
        {
            ProductGroup = "Verblijf Jeugd", Year = 2019, Arrangement = arrangement, Fraction = (decimal?)fraction, ThresholdAmount = (decimal?)threshold,
            DistributionKey = DistributionKeyKind.Inhabitants, DecidedOn = new DateOnly(2018, 11, 1), DecidedBy = "x", Reference = "AB",
        };

        Should.Throw<RuleViolationException>(() => SolidarityRules.ArrangementIsComplete(decision)).Field.ShouldBe(field);
    }

    [Fact]
    public void Tariff_coverage_reports_the_days_of_a_term_without_a_tariff()
    {
        var gaps = TariffCoverage.Gaps(new Period(new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31)), [Period.Year(2019), Period.Year(2021)]).ToList();

        gaps.ShouldBe([Period.Year(2020)]);
    }
}
