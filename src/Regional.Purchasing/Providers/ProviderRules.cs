using Regional.Kernel.Security;

namespace Regional.Purchasing.Providers;

/// <summary>Named rules of a provider's registration; each has a test named after it.</summary>
internal static class ProviderRules
{
    /// <summary>KvK (Chamber of Commerce) number: eight digits. AGB code (Vektis): eight digits.</summary>
    public static (string Kvk, string Agb) RegistrationNumbersAreWellFormed(string? kvk, string? agb) =>
        (Require.Digits("KvkNumber", "KvK-nummer", kvk, 8, "12345678"), Require.Digits("AgbCode", "AGB-code", agb, 8, "98123456"));
}
