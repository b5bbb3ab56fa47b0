using Regional.Kernel.Persistence;
using Regional.Kernel.Security;

namespace Regional.Host.Api;

/// <summary>
/// A broken rule at the API boundary becomes an RFC 9457 validation problem naming the field; a write
/// outside the user's tenant scope becomes 403. Either way nothing was saved.
/// </summary>
internal sealed class RuleViolationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (RuleViolationException violation)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [violation.Field] = [violation.Message] },
                detail: violation.Message,
                title: "De invoer voldoet niet aan een regel.");
        }
        catch (TenantMismatchException)
        {
            return TypedResults.Problem("U mag gegevens van deze gemeente of regio niet wijzigen.", statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
