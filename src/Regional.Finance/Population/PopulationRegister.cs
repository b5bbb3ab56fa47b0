using Microsoft.EntityFrameworkCore;
using Regional.Finance.Persistence;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Persistence;

namespace Regional.Finance.Population;

/// <summary>Imports population files for the region's members (all or nothing) and answers "inhabitants on a date".</summary>
internal sealed class PopulationRegister(FinanceDbContext db, RegionDirectory directory)
{
    public async Task<IReadOnlyList<PopulationFigure>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.PopulationFigures.AsNoTracking().OrderByDescending(p => p.ReferenceDate).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a file for one reference date; a repeated import of the same date replaces nothing and is refused by name.</summary>
    public async Task<int> ImportAsync(byte[] file, DateOnly referenceDate, string source, CancellationToken cancellationToken = default)
    {
        var rows = PopulationCsv.Parse(file);
        var members = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(m => m.CbsCode, m => m.MunicipalityId);
        var unknown = rows.Where(r => !members.ContainsKey(r.CbsCode)).ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException("File", $"Onbekende gemeentecode(s) voor deze regio: {string.Join(", ", unknown.Select(r => $"{r.CbsCode} (regel {r.Line})"))}.");
        }

        var label = Require.Text(nameof(source), "de bron", source);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        if (await db.PopulationFigures.AnyAsync(p => p.ReferenceDate == referenceDate, cancellationToken).ConfigureAwait(false))
        {
            throw new RuleViolationException(nameof(referenceDate), $"Er zijn al bevolkingscijfers op peildatum {referenceDate:dd-MM-yyyy}; die worden niet overschreven.");
        }

        db.PopulationFigures.AddRange(rows.Select(r => new PopulationFigure
        {
            MunicipalityId = members[r.CbsCode],
            ReferenceDate = referenceDate,
            Inhabitants = r.Inhabitants,
            InhabitantsAged0To17 = r.InhabitantsAged0To17,
            Source = label,
        }));
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }
}
