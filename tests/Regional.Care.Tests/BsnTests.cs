using Regional.Kernel.Privacy;
using Regional.Kernel.Security;

namespace Regional.Care.Tests;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("111.222.333")]
    [InlineData("11122233 3")]
    public void A_number_that_passes_the_eleven_test_is_a_BSN(string text)
    {
        Bsn.Parse("Bsn", text).Digits.ShouldBe("111222333");
    }

    [Fact]
    public void Eight_digits_get_their_leading_zero()
    {
        Bsn.Parse("Bsn", "10000008").Digits.ShouldBe("010000008");
    }

    [Theory]
    [InlineData("123456789")] // fails the eleven-test
    [InlineData("000000000")]
    [InlineData("11122233")] // eight digits that fail once padded
    [InlineData("1112223334")]
    [InlineData("11122233a")]
    [InlineData("")]
    public void Anything_else_is_refused_without_echoing_it(string text)
    {
        var problem = Should.Throw<RuleViolationException>(() => Bsn.Parse("Bsn", text));

        problem.Field.ShouldBe("Bsn");
        if (text.Length > 0)
        {
            problem.Message.ShouldNotContain(text);
        }
    }

    [Fact]
    public void A_BSN_prints_masked()
    {
        var bsn = Bsn.Parse("Bsn", "111222333");

        bsn.ToString().ShouldBe("******333");
        $"{bsn}".ShouldNotContain("111222");
    }
}
