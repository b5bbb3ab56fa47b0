using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Regional.Host.Pages;

/// <summary>
/// Form messages in Dutch: the names of the fields as the forms label them, the message of a required field (also the
/// implicit one of a non-nullable property) and every message model binding gives for a value it cannot read.
/// </summary>
internal sealed class DutchModelMessages : IDisplayMetadataProvider, IValidationMetadataProvider
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Code"] = "code", ["Name"] = "naam", ["CategoryCode"] = "categorie", ["NationalCode"] = "landelijke productcode",
        ["ProductGroup"] = "productgroep", ["Unit"] = "eenheid", ["Domain"] = "domein", ["KvkNumber"] = "KvK-nummer", ["AgbCode"] = "AGB-code",
        ["ContactName"] = "contactpersoon", ["ContactEmail"] = "e-mailadres van de contactpersoon", ["ContactPhone"] = "telefoonnummer van de contactpersoon",
        ["CbsCode"] = "CBS-code", ["ValidFrom"] = "geldig vanaf", ["ValidTo"] = "geldig tot en met", ["StartsOn"] = "begindatum", ["EndsOn"] = "einddatum",
        ["Email"] = "e-mailadres", ["Phone"] = "telefoonnummer", ["Kind"] = "soort", ["ProductCodes"] = "producten", ["UserName"] = "gebruikersnaam",
        ["Password"] = "wachtwoord", ["Year"] = "jaar", ["Amount"] = "bedrag", ["Percentage"] = "percentage", ["Reference"] = "kenmerk", ["Title"] = "titel",
    };

    public static void Apply(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ModelMetadataDetailsProviders.Add(new DutchModelMessages());
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(field => $"Het veld ‘{field}’ ontbreekt.");
        messages.SetMissingKeyOrValueAccessor(() => "Er ontbreekt een waarde.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg verstuurd.");
        messages.SetValueMustNotBeNullAccessor(_ => "Vul een waarde in.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"‘{value}’ is geen geldige waarde voor ‘{field}’.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"‘{value}’ is geen geldige waarde.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"De waarde voor ‘{field}’ is ongeldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De waarde is ongeldig.");
        messages.SetValueIsInvalidAccessor(value => $"‘{value}’ is ongeldig.");
        messages.SetValueMustBeANumberAccessor(field => $"Het veld ‘{field}’ moet een getal zijn.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.Name is { } name && context.DisplayMetadata.DisplayName is null)
        {
            var label = FieldNames.GetValueOrDefault(name, "dit veld");
            context.DisplayMetadata.DisplayName = () => label;
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Where(r => r.ErrorMessage is null))
        {
            required.ErrorMessage = "Het veld ‘{0}’ is verplicht.";
        }
    }
}
