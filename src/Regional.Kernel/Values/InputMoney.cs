using System.Text.Json;
using Regional.Kernel.Security;

namespace Regional.Kernel.Values;

/// <summary>An amount from the API: whole cents, or a problem naming the field (the ledger never rounds input).</summary>
public static class InputMoney
{
    public static Money From(decimal euros, string field) => decimal.Round(euros, 2) == euros
        ? new Money(euros)
        : throw new RuleViolationException(JsonNamingPolicy.CamelCase.ConvertName(field), $"Een bedrag is in hele centen; {euros} is dat niet.");
}
