using System.Reflection;
using System.Reflection.Emit;

namespace Regional.Architecture.Tests;

/// <summary>
/// Which methods of an assembly call a given method, read from their IL (async state machines and lambdas included,
/// since the compiler makes them types of the same assembly).
/// </summary>
internal static class CallSites
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types (outermost declaring type) whose code calls a method for which <paramref name="callee"/> holds.</summary>
    public static IEnumerable<Type> TypesCalling(Assembly assembly, Func<MethodBase, bool> callee) =>
        assembly.GetTypes()
            .Where(t => t.GetConstructors(Declared).Concat<MethodBase>(t.GetMethods(Declared)).Any(m => Calls(m, callee)))
            .Select(Outermost)
            .Distinct();

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static bool Calls(MethodBase method, Func<MethodBase, bool> callee)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        for (var at = 0; il is not null && at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[at + 1])] : OpCodesByValue[il[at]];
            at += code.Size;
            if (code.OperandType == OperandType.InlineMethod
                && method.Module.ResolveMethod(BitConverter.ToInt32(il, at), GenericArguments(method.DeclaringType), GenericArguments(method)) is { } target
                && callee(target))
            {
                return true;
            }

            at += OperandSize(code.OperandType, il, at);
        }

        return false;
    }

    private static Type[]? GenericArguments(Type? type) => type is { IsGenericType: true } ? type.GetGenericArguments() : null;

    private static Type[]? GenericArguments(MethodBase method) => method.IsGenericMethod ? method.GetGenericArguments() : null;

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
