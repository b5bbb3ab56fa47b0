using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Kernel.Persistence;
using Regional.Kernel.Security;

namespace Regional.Host.Api;

/// <summary>
/// A broken rule at the API boundary becomes an RFC 9457 validation problem naming the field; a write
/// outside the user's tenant scope becomes 403; the same thing created twice at the same moment (the database's unique
/// index refusing the second, after both checked it did not exist yet) becomes 409. Either way nothing was saved.
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
        catch (Exception e) when ((e as PostgresException ?? (e as DbUpdateException)?.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return TypedResults.Problem("Dit bestaat al: het is zojuist ook door een ander verzoek vastgelegd.", statusCode: StatusCodes.Status409Conflict);
        }
        catch (TenantMismatchException)
        {
            return TypedResults.Problem("U mag gegevens van deze gemeente of regio niet wijzigen.", statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
