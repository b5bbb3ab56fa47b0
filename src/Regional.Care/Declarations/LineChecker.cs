using Microsoft.EntityFrameworkCore;
using Regional.Care.Assignments;
using Regional.Care.Persistence;
using Regional.Kernel.Privacy;
using Regional.Kernel.Values;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;

namespace Regional.Care.Declarations;

/// <summary>The purchasing facts a declaration is checked against, read once per message.</summary>
internal sealed record PurchasingFacts(IReadOnlyDictionary<Guid, ProductInfo> Products, IReadOnlyDictionary<Guid, ContractInfo> Contracts, IReadOnlyList<TariffInfo> Tariffs);

/// <summary>
/// Checks the lines of one declaration chunk by chunk. Per chunk it reads what the rules need in a few
/// queries (assignments, references taken, debits named by credits, volume accepted so far); earlier chunks
/// of the same message are already in the table (same transaction), so they count like any earlier message.
/// It remembers nothing beyond a chunk, so its memory does not grow with the size of the file.
/// </summary>
internal sealed class LineChecker(CareDbContext db, IBsnProtector bsns, Declaration declaration, PurchasingFacts purchasing)
{
    private readonly Period period = new(declaration.PeriodStart, declaration.PeriodEnd);

    public async Task<List<DeclarationLine>> CheckAsync(IReadOnlyList<DeclaredLine> chunk, CancellationToken cancellationToken)
    {
        var assignments = await AssignmentsAsync(chunk, cancellationToken).ConfigureAwait(false);
        var taken = await TakenAsync(chunk.Select(l => l.Reference).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        var named = chunk.Where(l => l.Credit && l.PreviousReference is not null).Select(l => l.PreviousReference!).Distinct().ToList();
        var (debits, credited) = named.Count == 0 ? ([], []) : await CreditedAsync(named, cancellationToken).ConfigureAwait(false);
        var volumes = await VolumesSoFarAsync(assignments.Values, cancellationToken).ConfigureAwait(false);
        var hashes = new Dictionary<string, string>();

        var result = new List<DeclarationLine>(chunk.Count);
        foreach (var line in chunk)
        {
            var reversed = line.Credit && line.PreviousReference is not null ? debits.GetValueOrDefault(line.PreviousReference) : null;
            var assignment = assignments.GetValueOrDefault(reversed?.AssignmentNumber ?? line.AssignmentNumber);
            var product = assignment is null ? null : purchasing.Products.GetValueOrDefault(assignment.ProductId);
            var soFar = assignment is null ? 0 : volumes.GetValueOrDefault(assignment.Id);
            var hash = hashes.TryGetValue(line.Client.Digits, out var known) ? known : hashes[line.Client.Digits] = bsns.HashOf(line.Client);
            var facts = new LineFacts(assignment, product, ContractualTariff(line, assignment, product), taken.Contains(line.Reference), reversed,
                line.PreviousReference is not null && credited.Contains(line.PreviousReference), soFar);
            var codes = DeclarationLineRules.Check(line, period, hash, facts);
            var checkedLine = Stored(line, hash, codes, assignment);
            if (codes.Count == 0)
            {
                taken.Add(line.Reference);
                if (assignment is not null)
                {
                    volumes[assignment.Id] = soFar + (line.Credit ? -line.Volume : line.Volume);
                }

                if (line.Credit)
                {
                    credited.Add(line.PreviousReference!);
                }
                else
                {
                    debits[line.Reference] = checkedLine;
                }
            }

            result.Add(checkedLine);
        }

        return result;
    }

    /// <summary>The accepted debits the chunk's credits name, and which of them were credited before.</summary>
    private async Task<(Dictionary<string, DeclarationLine> Debits, HashSet<string> Credited)> CreditedAsync(List<string> named, CancellationToken cancellationToken)
    {
        var debits = await Lines().Where(l => l.Accepted && !l.Credit && named.Contains(l.Reference)).ToDictionaryAsync(l => l.Reference, cancellationToken).ConfigureAwait(false);
        var credited = await Lines().Where(l => l.Accepted && l.Credit && named.Contains(l.PreviousReference!)).Select(l => l.PreviousReference!)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (debits, credited.ToHashSet());
    }

    /// <summary>
    /// The chunk's references already accepted from this provider for this municipality and standard (8021). One index probe per
    /// reference, forced by the lateral join with its limit: asked as a filter (or an EXISTS) on the provider's lines, the planner
    /// hashes all of them for a chunk of thousands, which grows with every month received.
    /// </summary>
    private async Task<HashSet<string>> TakenAsync(string[] references, CancellationToken cancellationToken)
    {
        var domain = declaration.Domain.ToString();
        return (await db.Database.SqlQuery<string>($"""
            SELECT r.reference AS "Value" FROM unnest({references}) AS r(reference)
            CROSS JOIN LATERAL (SELECT 1 FROM care.declaration_lines l WHERE l.accepted AND l.provider_id = {declaration.ProviderId}
                                AND l.municipality_id = {declaration.MunicipalityId} AND l.domain = {domain} AND l.reference = r.reference LIMIT 1) AS taken
            """).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
    }

    private IQueryable<DeclarationLine> Lines() =>
        db.DeclarationLines.AsNoTracking()
            .Where(l => l.ProviderId == declaration.ProviderId && l.MunicipalityId == declaration.MunicipalityId && l.Domain == declaration.Domain);

    /// <summary>
    /// The chunk's assignments by number: the provider's, for the addressed municipality. One index probe per number (a number is
    /// unique in the region): as a list filter, the planner reads all of the region's assignments for a chunk of thousands.
    /// </summary>
    private async Task<Dictionary<string, AssignmentTerms>> AssignmentsAsync(IReadOnlyList<DeclaredLine> chunk, CancellationToken cancellationToken)
    {
        var numbers = chunk.Select(l => l.AssignmentNumber).Distinct().ToArray();
        return await db.Assignments.FromSql($"""
            SELECT a.* FROM unnest({numbers}) AS n(reference)
            CROSS JOIN LATERAL (SELECT * FROM care.assignments a WHERE a.reference = n.reference LIMIT 1) AS a
            """).Where(a => a.ProviderId == declaration.ProviderId && a.MunicipalityId == declaration.MunicipalityId)
            .Select(a => new AssignmentTerms(a.Id, a.Reference, a.ClientHash, a.ProductId, a.ContractId, a.StartsOn, a.EndsOn, a.Volume, a.Frequency))
            .ToDictionaryAsync(a => a.Reference, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The volume accepted so far per assignment (the running totals the database keeps, this file's earlier chunks included).</summary>
    private async Task<Dictionary<Guid, decimal>> VolumesSoFarAsync(IEnumerable<AssignmentTerms> assignments, CancellationToken cancellationToken)
    {
        var ids = assignments.Select(a => a.Id).ToList();
        return await db.AcceptedVolumes.AsNoTracking().Where(v => ids.Contains(v.AssignmentId))
            .ToDictionaryAsync(v => v.AssignmentId, v => v.Volume, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tariff of the assignment's contract on the line's first day, if that contract covers the product then.</summary>
    private decimal? ContractualTariff(DeclaredLine line, AssignmentTerms? assignment, ProductInfo? product)
    {
        if (assignment is null || product is null || !purchasing.Contracts.TryGetValue(assignment.ContractId, out var contract)
            || !contract.Covers(product.Id, new Period(line.PeriodStart, line.PeriodEnd)))
        {
            return null;
        }

        return TariffInfo.InForce(purchasing.Tariffs, product.Id, line.PeriodStart, contract.Id)?.Amount;
    }

    /// <summary>The line as stored: the number itself only encrypted, and only where the answer must name it (a rejected line).</summary>
    private DeclarationLine Stored(DeclaredLine line, string hash, IReadOnlyList<string> codes, AssignmentTerms? assignment) => new()
    {
        RegionId = declaration.RegionId, MunicipalityId = declaration.MunicipalityId, DeclarationId = declaration.Id, Position = line.Position,
        ProviderId = declaration.ProviderId, Domain = declaration.Domain, ClientHash = hash, ClientMasked = line.Client.Masked, ClientCipher = codes.Count == 0 ? null : bsns.Protect(line.Client).Cipher,
        Reference = line.Reference, PreviousReference = line.PreviousReference, Credit = line.Credit, AssignmentNumber = line.AssignmentNumber,
        AssignmentId = assignment?.Id, ProductId = assignment?.ProductId, ContractId = assignment?.ContractId, Category = line.Category, ProductCode = line.ProductCode,
        PeriodStart = line.PeriodStart, PeriodEnd = line.PeriodEnd, Volume = line.Volume, Unit = line.Unit, Tariff = line.Tariff, Amount = line.Amount,
        Accepted = codes.Count == 0, RetourCodes = [.. codes],
    };
}
