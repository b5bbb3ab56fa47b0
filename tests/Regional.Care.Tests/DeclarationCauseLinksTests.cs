using Regional.Care.Declarations;

namespace Regional.Care.Tests;

/// <summary>A settlement's explanation leads from a ledger cause to the declaration lines it came from, and only from Care's causes.</summary>
public sealed class DeclarationCauseLinksTests
{
    [Fact]
    public void A_declarations_cost_leads_to_its_lines_of_the_product_booked()
    {
        var declaration = Guid.CreateVersion7();
        var product = Guid.CreateVersion7();

        var link = new DeclarationCauseLinks().LinkTo("kop-van-noord-holland", "cost:" + DeclarationPosting.SourceKey(declaration, product, 2));

        link.ShouldNotBeNull();
        link.Href.ShouldBe($"/regio/kop-van-noord-holland/zorg/declaraties/{declaration}?product={product}");
        link.Text.ShouldBe("declaratieregels van dit product");
    }

    [Theory]
    [InlineData("cost:handmatig:2019-12")]
    [InlineData("voorschot:2019-Q1")]
    [InlineData("cost:declaratie:geen-guid:ook-niet:0")]
    public void Another_cause_has_no_link_from_care(string cause)
    {
        new DeclarationCauseLinks().LinkTo("rigg", cause).ShouldBeNull();
    }
}
