using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Purchasing.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Purchasing.Providers;

internal sealed record NewProvider(string Name, string KvkNumber, string AgbCode, string? ContactName, string? ContactEmail, string? ContactPhone);

/// <summary>The care providers a region deals with.</summary>
internal sealed class ProviderRegister(PurchasingDbContext db)
{
    public async Task<IReadOnlyList<Provider>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Providers.AsNoTracking().Include(p => p.Contacts).OrderBy(p => p.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Provider?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The provider a message names by its AGB code, if the region has it.</summary>
    public async Task<Provider?> FindByAgbAsync(string agbCode, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.AgbCode == agbCode, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<Provider> AddAsync(NewProvider input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (kvk, agb) = ProviderRules.RegistrationNumbersAreWellFormed(input.KvkNumber, input.AgbCode);
        var provider = new Provider { Name = Require.Text(nameof(input.Name), "de naam", input.Name), KvkNumber = kvk, AgbCode = agb };
        if (!string.IsNullOrWhiteSpace(input.ContactName))
        {
            provider.Contacts.Add(new ProviderContact
            {
                Name = Require.Text(nameof(input.ContactName), "de naam van de contactpersoon", input.ContactName),
                Email = Require.OptionalEmail(nameof(input.ContactEmail), input.ContactEmail),
                Phone = input.ContactPhone?.Trim(),
            });
        }

        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Providers.AnyAsync(p => p.AgbCode == agb, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(input.AgbCode), $"Er is al een aanbieder met AGB-code {agb}.");
        }

        db.Providers.Add(provider);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return provider;
    }
}
