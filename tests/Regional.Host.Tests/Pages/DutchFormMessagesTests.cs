using System.Net;
using Regional.TestSupport;

namespace Regional.Host.Tests.Pages;

/// <summary>A civil servant who sends a form half filled in reads what is missing in Dutch, with the field as the form names it.</summary>
public sealed class DutchFormMessagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_empty_product_form_says_in_Dutch_which_fields_are_missing()
    {
        using var client = await app.SignedInClientAsync("inkoper.knh");
        const string page = "/regio/kop-van-noord-holland/inkoop/producten";
        var token = FormToken.In(await client.GetStringAsync(page));

        var response = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Code"] = "", ["Input.Name"] = "", ["Input.Domain"] = "Jeugd",
            ["Input.CategoryCode"] = "", ["Input.ProductGroup"] = "", ["Input.Unit"] = "Uur",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Het veld ‘code’ is verplicht.");
        html.ShouldContain("Het veld ‘categorie’ is verplicht.");
        html.ShouldNotContain("field is required");
        html.ShouldNotContain("CategoryCode field");
    }

    [Fact]
    public async Task Tariffs_and_choices_name_units_in_Dutch()
    {
        using var client = await app.SignedInClientAsync("inkoper.knh");

        var products = await client.GetStringAsync("/regio/kop-van-noord-holland/inkoop/producten");
        var tariffs = await client.GetStringAsync("/regio/kop-van-noord-holland/inkoop/tarieven");

        products.ShouldContain(">uur</option>", Case.Sensitive);
        tariffs.ShouldNotContain("per Uur", Case.Sensitive);
        tariffs.ShouldContain("per uur", Case.Sensitive);
    }
}
