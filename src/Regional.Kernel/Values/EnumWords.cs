using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Regional.Kernel.Values;

/// <summary>
/// The Dutch word for an enum value, as pages and exports show it: the <see cref="DisplayAttribute"/> its module puts
/// beside the value, so each module words its own enums. A value without one shows its name.
/// </summary>
public static class EnumWords
{
    private static readonly ConcurrentDictionary<Enum, string> Words = new();

    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Words.GetOrAdd(value, v =>
            v.GetType().GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? v.ToString());
    }
}
