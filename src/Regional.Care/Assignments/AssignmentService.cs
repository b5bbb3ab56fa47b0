using Microsoft.EntityFrameworkCore;
using Regional.Care.Persistence;
using Regional.Finance.Commitments;
using Regional.Kernel.Privacy;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;
using Regional.Kernel.Persistence;

namespace Regional.Care.Assignments;

internal sealed record NewAssignment(
    Guid MunicipalityId, string Reference, string Bsn, DateOnly? ClientBirthDate, string ProductCode, Guid ProviderId,
    DateOnly? StartsOn, DateOnly? EndsOn, decimal Volume, Frequency Frequency);

/// <summary>
/// Assignments: checked against the catalogue, the provider's contract and the tariff, the client's BSN
/// validated and stored protected. Which municipalities' assignments a user sees is the database's decision.
/// </summary>
internal sealed class AssignmentService(
    CareDbContext db, TenantContext tenants, IPurchasedCare purchased, IBsnProtector bsns, ICommitments commitments)
{
    public async Task<IReadOnlyList<Assignment>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Assignments.AsNoTracking().OrderByDescending(a => a.StartsOn).ThenBy(a => a.Reference).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Assignment> CreateAsync(NewAssignment input, CancellationToken cancellationToken = default) =>
        (await CreateAllAsync([input], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Records assignments all or nothing: each is checked first, then all are stored in one transaction. One
    /// sent again returns the one recorded (and books a commitment that went missing, never two); a different
    /// one under the same number is refused, and so is everything sent with it.
    /// </summary>
    public async Task<IReadOnlyList<Assignment>> CreateAllAsync(IReadOnlyList<NewAssignment> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var prepared = new List<(Assignment Assignment, ProductInfo Product)>();
        foreach (var input in inputs)
        {
            try
            {
                prepared.Add(await PrepareAsync(input, cancellationToken).ConfigureAwait(false));
            }
            catch (RuleViolationException e) when (inputs.Count > 1)
            {
                throw new RuleViolationException(e.Field, $"Toewijzing {input.Reference}: {e.Message}");
            }
        }

        var recorded = new List<(Assignment Assignment, ProductInfo Product)>();
        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            var references = prepared.Select(p => p.Assignment.Reference).ToList();
            var existing = await db.Assignments.AsNoTracking().Where(a => references.Contains(a.Reference)).ToDictionaryAsync(a => a.Reference, cancellationToken).ConfigureAwait(false);
            foreach (var (assignment, product) in prepared)
            {
                if (existing.TryGetValue(assignment.Reference, out var earlier) && !AssignmentRules.SameAssignment(earlier, assignment))
                {
                    throw new RuleViolationException(nameof(NewAssignment.Reference), $"Toewijzing {assignment.Reference} bestaat al, met andere gegevens.");
                }

                if (earlier is null)
                {
                    db.Assignments.Add(assignment);
                }

                recorded.Add((earlier ?? assignment, product));
            }

            await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // Finance keeps its own transaction. Its key is the assignment, so a retry or a repeated import books a
        // commitment that went missing, never two.
        foreach (var (assignment, product) in recorded)
        {
            await commitments.RecordAsync(new CommitmentMade(assignment.MunicipalityId, product.Domain, new Period(assignment.StartsOn, assignment.EndsOn),
                new Money(assignment.Commitment), $"assignment:{assignment.Id}"), cancellationToken).ConfigureAwait(false);
        }

        return recorded.Select(r => r.Assignment).ToList();
    }

    private async Task<(Assignment, ProductInfo)> PrepareAsync(NewAssignment input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!tenants.Required.MunicipalityIds.Contains(input.MunicipalityId))
        {
            throw new RuleViolationException("Municipality", "U legt alleen toewijzingen vast voor uw eigen gemeente(n) in deze regio.");
        }

        var client = bsns.Protect(Bsn.Parse(nameof(input.Bsn), input.Bsn));
        var reference = Require.Text(nameof(input.Reference), "het toewijzingnummer", input.Reference, 40);
        var period = AssignmentRules.Period(input.StartsOn, input.EndsOn);
        AssignmentRules.VolumeIsPositive(input.Volume);
        var product = await purchased.ProductAsync(input.ProductCode, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException(nameof(input.ProductCode), $"Onbekend product '{input.ProductCode}'.");
        var contract = AssignmentRules.ContractCovering(await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false), input.ProviderId, product, period);
        var tariff = await purchased.TariffOnAsync(product.Id, period.Start, contract.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException(nameof(input.ProductCode), $"Er is op {period.Start:dd-MM-yyyy} geen tarief voor {product.Code}.");
        var total = AssignmentVolume.Total(input.Volume, input.Frequency, period.Start, period.End!.Value);
        return (new Assignment
        {
            MunicipalityId = input.MunicipalityId, Reference = reference, ClientHash = client.Hash, ClientCipher = client.Cipher, ClientMasked = client.Masked,
            ClientBirthDate = input.ClientBirthDate, ProductId = product.Id, ProviderId = input.ProviderId, ContractId = contract.Id,
            StartsOn = period.Start, EndsOn = period.End.Value, Volume = input.Volume, Unit = product.Unit, Frequency = input.Frequency,
            Tariff = tariff.Amount, Commitment = AssignmentVolume.Commitment(total, product.Unit, tariff.Amount),
        }, product);
    }

    /// <summary>The client's BSN in full, for the few who must see it; the database only lets a user's own municipalities through.</summary>
    public async Task<Bsn?> RevealAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var cipher = await db.Assignments.Where(a => a.Id == id).Select(a => a.ClientCipher).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return cipher is null ? null : bsns.Reveal(cipher);
    }
}
