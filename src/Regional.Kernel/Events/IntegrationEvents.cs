using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Regional.Kernel.Events;

/// <summary>A fact one module tells the others, by its name (<see cref="IntegrationEvents.NameOf"/>) and its fields as JSON.</summary>
public interface IIntegrationEvent;

/// <summary>
/// A module reacting to an event of another, in the region the event happened in (whole-region scope). Delivery is at
/// least once and in no particular order, so a subscriber must give the same result when it sees an event again.
/// </summary>
public interface IIntegrationEventSubscriber<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>Where the outbox delivers events of one name: the subscriber a module registered for it.</summary>
public sealed record IntegrationEventRoute(string Name, Func<IServiceProvider, string, CancellationToken, Task> Deliver);

/// <summary>
/// Events between modules through a transactional outbox (<c>kernel.outbox_messages</c>): an event is written in the
/// transaction of the change it reports, so it exists exactly when the change does, and the host's outbox worker
/// delivers it after the commit. The events are listed in docs/architecture.md.
/// </summary>
public static class IntegrationEvents
{
    /// <summary>Wakes the outbox workers of every replica when an event commits (PostgreSQL NOTIFY is sent at commit).</summary>
    public const string Channel = "kernel_outbox";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NameOf<TEvent>() => typeof(TEvent).Name;

    /// <summary>Writes the event in the current transaction of <paramref name="database"/> (required), in the current region.</summary>
    public static async Task PublishAsync<TEvent>(this DatabaseFacade database, TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An integration event is published inside the transaction of the change it reports.");
        }

        var payload = JsonSerializer.Serialize(integrationEvent, Json);
        await database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO kernel.outbox_messages (id, region_id, name, payload, created_at, attempts)
            VALUES ({Guid.CreateVersion7()}, kernel.current_region_id(), {NameOf<TEvent>()}, {payload}::jsonb, now(), 0);
            SELECT pg_notify({Channel}, '')
            """, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers <typeparamref name="TSubscriber"/> (scoped) as the receiver of <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddIntegrationEventSubscriber<TEvent, TSubscriber>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where TSubscriber : class, IIntegrationEventSubscriber<TEvent>
    {
        services.AddScoped<TSubscriber>();
        return services.AddSingleton(new IntegrationEventRoute(NameOf<TEvent>(), (provider, payload, cancellationToken) =>
            provider.GetRequiredService<TSubscriber>().HandleAsync(
                JsonSerializer.Deserialize<TEvent>(payload, Json) ?? throw new InvalidOperationException($"Empty {NameOf<TEvent>()} event."), cancellationToken)));
    }
}
