using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Regional.Host.Api;

/// <summary>
/// What every input of the API must be before a handler sees it, checked on the bound arguments (route, query and
/// body alike): present where it is not optional, no control characters in text, a known value for a choice, dates
/// and years within 1900-2199 and amounts below a trillion euros. The answer names the field, so bad input gets a
/// problem instead of an error deep in a calculation or the database.
/// </summary>
internal static class InputShape
{
    private const int FirstYear = 1900;

    private const int LastYear = 2199;

    private const decimal Largest = 1_000_000_000_000m;

    // Per type: its properties and whether each may be null, or null when the type is no request shape. Read once per
    // type, not per request (NullabilityInfoContext itself is not thread-safe, so each read has its own).
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, bool Required)[]?> Shapes = new();

    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = context.MethodInfo.GetParameters();
        var required = parameters.Select(p => new NullabilityInfoContext().Create(p).ReadState != NullabilityState.Nullable).ToArray();
        return async invocation =>
        {
            for (var i = 0; i < parameters.Length && i < invocation.Arguments.Count; i++)
            {
                if (Check(invocation.Arguments[i], parameters[i].Name ?? "", parameters[i].ParameterType, required[i], 0) is { } problem)
                {
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { [problem.Field] = [problem.Message] }, detail: problem.Message, title: "De invoer klopt niet.");
                }
            }

            return await next(invocation).ConfigureAwait(false);
        };
    }

    private static (string Field, string Message)? Check(object? value, string field, Type type, bool required, int depth)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(field);
        return value switch
        {
            null when required && !type.IsValueType => (name, $"{name} ontbreekt."),
            null => null,
            string text when text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')) => (name, $"{name} bevat een stuurteken; dat kan geen invoer zijn."),
            Enum choice when !Enum.IsDefined(choice.GetType(), choice) => (name, $"{name} heeft een onbekende waarde ({choice})."),
            DateOnly date when date.Year is < FirstYear or > LastYear => OutOfRange(name),
            DateTime moment when moment.Year is < FirstYear or > LastYear => OutOfRange(name),
            DateTimeOffset moment when moment.Year is < FirstYear or > LastYear => OutOfRange(name),
            int year when field.Equals("year", StringComparison.OrdinalIgnoreCase) && year is < FirstYear or > LastYear => OutOfRange(name),
            decimal amount when Math.Abs(amount) >= Largest => (name, $"{name} is te groot."),
            double amount when double.IsNaN(amount) || Math.Abs(amount) >= (double)Largest => (name, $"{name} is geen bruikbaar getal."),
            IEnumerable items and not string when depth < 4 => CheckItems(items, name, type, depth),
            _ when depth < 4 && Shape(value.GetType()) is { } shape => CheckProperties(value, shape, name, depth),
            _ => null,
        };
    }

    private static (string, string)? CheckItems(IEnumerable items, string name, Type type, int depth)
    {
        var elementType = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
        var index = 0;
        foreach (var item in items)
        {
            if (Check(item, $"{name}[{index}]", elementType ?? typeof(object), true, depth + 1) is { } problem)
            {
                return problem;
            }

            index++;
        }

        return null;
    }

    private static (string, string)? CheckProperties(object value, (PropertyInfo Property, bool Required)[] shape, string name, int depth)
    {
        foreach (var (property, required) in shape)
        {
            var field = $"{(depth == 0 ? "" : name + ".")}{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}";
            if (Check(property.GetValue(value), field, property.PropertyType, required, depth + 1) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static (string, string) OutOfRange(string name) => (name, $"{name} ligt buiten de jaren {FirstYear}-{LastYear}.");

    // The API's own request shapes (records of the platform), not services or framework types, which are not input.
    private static (PropertyInfo Property, bool Required)[]? Shape(Type type) => Shapes.GetOrAdd(type, t =>
        t.Namespace?.StartsWith("Regional.", StringComparison.Ordinal) == true && t.GetMethod("<Clone>$") is not null
            ? t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => (p, new NullabilityInfoContext().Create(p).ReadState == NullabilityState.NotNull)).ToArray()
            : null);
}
