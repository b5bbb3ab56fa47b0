using System.Text.Json.Serialization;
using Regional.Care.Api;
using Regional.Finance.Api;
using Regional.Monitoring.Api;
using Regional.Purchasing.Api;

namespace Regional.Host.Api;

/// <summary>The HTTP API under /api, composed of the host's own endpoints and the modules' slices. Everything needs a signed-in user unless it says otherwise.</summary>
public static class ApiEndpoints
{
    public static IServiceCollection AddRegionalApi(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            // Input the framework cannot bind is thrown rather than answered bare, so the answer can name the field.
            .Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true)
            .AddExceptionHandler<UnreadableInputHandler>();

    public static void MapRegionalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().AddEndpointFilter<RuleViolationFilter>().AddEndpointFilterFactory(InputShape.Filter);
        api.MapSessionEndpoints();
        api.MapRegionEndpoints();
        api.MapCatalogueEndpoints();
        api.MapPurchasingEndpoints();
        api.MapFinanceEndpoints();
        api.MapMonitoringEndpoints();
        api.MapCareEndpoints();
        api.MapDeclarationEndpoints();
    }
}
