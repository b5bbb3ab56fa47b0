using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regional.Host.Pages;

/// <summary>Friendly pages for error status codes of the web UI (the API answers with problem details).</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code) =>
        (Title, Explanation) = code switch
        {
            404 => ("Niet gevonden", "Deze pagina bestaat niet, of u heeft er geen toegang toe."),
            403 => ("Geen toegang", "Uw rol geeft geen toegang tot deze pagina."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Ververs de pagina en probeer het opnieuw."),
            503 => ("Even geduld", "Een server van het platform is uitgevallen en een andere neemt het werk over. Probeer het over enkele seconden opnieuw: wat al geboekt is, wordt niet dubbel geboekt."),
            _ => ("Er ging iets mis", "Probeer het later opnieuw. Blijft het probleem, neem dan contact op met de beheerder."),
        };
}
