using Regional.Care.Assignments;
using Regional.Care.Declarations;
using Regional.Kernel.Privacy;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;

namespace Regional.Care.Tests;

/// <summary>One test per rule of a declared line, named after it.</summary>
public sealed class DeclarationLineRulesTests
{
    private static readonly Period March = Period.Month(2023, 3);

    private static readonly ProductInfo Begeleiding =
        new(Guid.NewGuid(), "KNH-JGD-BG", "Begeleiding", Kernel.Tenancy.SocialDomain.Jeugd, "45", "Begeleiding", Unit.Uur, "45A04");

    private static AssignmentTerms Assignment(decimal volume = 3, Frequency frequency = Frequency.PerWeek) =>
        new(Guid.NewGuid(), "1", "client", Begeleiding.Id, Guid.NewGuid(), new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), volume, frequency);

    private static DeclaredLine Line(int hours = 10, decimal tariff = 70m, decimal? amount = null, DateOnly? start = null, DateOnly? end = null) => new(
        1, "regel 1", Bsn.Parse("Bsn", "999900006"), "RN1", null, "1", "45", "45A04", start ?? March.Start, end ?? March.End!.Value, hours, "04", tariff, amount ?? hours * tariff, false);

    private static LineFacts Facts(AssignmentTerms? assignment = null, decimal? tariff = 70m, decimal soFar = 0, bool taken = false) =>
        new(assignment ?? Assignment(), Begeleiding, tariff, taken, null, false, soFar);

    private static IReadOnlyList<string> Check(DeclaredLine line, LineFacts facts) => DeclarationLineRules.Check(line, March, "client", facts);

    [Fact]
    public void A_line_that_keeps_every_rule_is_accepted() => Check(Line(), Facts()).ShouldBeEmpty();

    [Fact]
    public void TR319_a_product_period_not_wholly_within_the_declaration_month_is_rejected()
    {
        Check(Line(start: new DateOnly(2023, 2, 20), end: new DateOnly(2023, 3, 5)), Facts()).ShouldContain(RetourCodes.OutsideDeclarationPeriod);
        Check(Line(start: new DateOnly(2023, 4, 1), end: new DateOnly(2023, 4, 30)), Facts()).ShouldContain(RetourCodes.OutsideDeclarationPeriod);
    }

    [Fact]
    public void TR346_the_amount_is_volume_times_tariff_to_the_cent() =>
        Check(Line(amount: 700.01m), Facts()).ShouldBe([RetourCodes.AmountNotVolumeTimesTariff]);

    [Fact]
    public void A_tariff_other_than_the_contracts_or_no_contract_for_the_period_is_rejected_with_0611()
    {
        Check(Line(tariff: 71m), Facts()).ShouldBe([RetourCodes.TariffNotContractual]);
        Check(Line(), Facts(tariff: null)).ShouldBe([RetourCodes.TariffNotContractual]);
    }

    [Fact]
    public void TR321_a_line_above_what_its_days_allow_per_week_is_rejected()
    {
        // Three hours a week over the 31 days of March allow 13.3, so whole hours up to 14.
        Check(Line(hours: 14), Facts()).ShouldBeEmpty();
        Check(Line(hours: 15), Facts()).ShouldBe([RetourCodes.VolumeAboveAssigned]);
    }

    [Fact]
    public void TR322_all_accepted_volume_stays_within_a_total_within_the_period()
    {
        var total = Assignment(volume: 20, frequency: Frequency.TotalWithinPeriod);
        Check(Line(hours: 10), Facts(total, soFar: 10)).ShouldBeEmpty();
        Check(Line(hours: 10), Facts(total, soFar: 11)).ShouldBe([RetourCodes.TotalVolumeAboveAssigned]);
    }

    [Fact]
    public void A_line_without_its_assignment_is_rejected_with_9338() =>
        Check(Line(), new LineFacts(null, null, null, false, null, false, 0)).ShouldBe([RetourCodes.NoAssignment]);

    [Fact]
    public void A_line_for_another_client_product_or_unit_or_outside_the_assignment_names_each_difference()
    {
        var line = Line(start: new DateOnly(2022, 12, 1), end: new DateOnly(2022, 12, 31)) with { Category = "43", ProductCode = "43A01", Unit = "14" };

        DeclarationLineRules.MatchesTheAssignment(line, "someone else", Assignment(), Begeleiding).ShouldBe(
        [
            RetourCodes.NotThisClient, RetourCodes.CategoryDiffers, RetourCodes.ProductCodeDiffers, RetourCodes.UnitDiffers,
            RetourCodes.StartOutsideAssignment, RetourCodes.EndOutsideAssignment,
        ]);
    }

    [Fact]
    public void A_reference_accepted_before_is_rejected_with_8021() => Check(Line(), Facts(taken: true)).ShouldBe([RetourCodes.ReferenceAlreadyDelivered]);

    [Fact]
    public void A_credit_needs_an_accepted_debit_with_the_same_values_credited_only_once()
    {
        var credit = Line() with { Credit = true, Reference = "RN2", PreviousReference = "RN1" };
        var debit = new DeclarationLine
        {
            MunicipalityId = Guid.NewGuid(), DeclarationId = Guid.NewGuid(), Position = 1, ProviderId = Guid.NewGuid(), Domain = Regional.Kernel.Tenancy.SocialDomain.Jeugd, ClientHash = "client", ClientMasked = "", Reference = "RN1",
            Credit = false, AssignmentNumber = "1", Category = "45", ProductCode = "45A04", PeriodStart = March.Start, PeriodEnd = March.End!.Value, Volume = 10, Unit = "04",
            Tariff = 70m, Amount = 700m, Accepted = true, RetourCodes = [],
        };

        DeclarationLineRules.CreditReversesOneAcceptedDebit(credit, debit, false).ShouldBeEmpty();
        DeclarationLineRules.CreditReversesOneAcceptedDebit(credit, null, false).ShouldBe([RetourCodes.CreditWithoutDebit]);
        DeclarationLineRules.CreditReversesOneAcceptedDebit(credit, debit, true).ShouldBe([RetourCodes.AlreadyCredited]);
        DeclarationLineRules.CreditReversesOneAcceptedDebit(credit with { Volume = 9, Amount = 630m }, debit, false).ShouldBe([RetourCodes.CreditDiffers]);
    }

    [Fact]
    public void The_totals_of_a_message_must_add_up_to_its_lines()
    {
        Should.NotThrow(() => DeclarationRules.TotalsAddUp(790m, 790m, 5));
        Should.NotThrow(() => DeclarationRules.TotalsAddUp(null, 790m, 5)); // a CSV file states no total
        Should.Throw<Kernel.Security.RuleViolationException>(() => DeclarationRules.TotalsAddUp(800m, 790m, 5)).Message.ShouldContain("€ 800,00");
        Should.Throw<Kernel.Security.RuleViolationException>(() => DeclarationRules.TotalsAddUp(0m, 0m, 0)).Message.ShouldContain("geen prestaties");
    }

    [Theory]
    [InlineData("2023-03-31", 1, "2023-04-30")]
    [InlineData("2023-12-31", 1, "2024-01-31")]
    [InlineData("2023-01-31", 2, "2023-03-31")]
    [InlineData("2023-03-31", 0, "2023-03-31")]
    public void The_deadline_is_the_last_day_of_the_configured_month_after_the_period(string periodEnd, int months, string deadline) =>
        new DeclarationSettings { DeadlineMonths = months }.DeadlineFor(DateOnly.Parse(periodEnd, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture));
}
