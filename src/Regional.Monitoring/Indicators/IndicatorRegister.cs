using Microsoft.EntityFrameworkCore;
using Regional.Kernel.Security;
using Regional.Monitoring.Persistence;
using Regional.Kernel.Persistence;

namespace Regional.Monitoring.Indicators;

internal sealed record NewIndicator(
    Guid? MunicipalityId, string Name, IndicatorUnit Unit, IndicatorNote Note, string Source, string? Ambition = null, string? SocietalResult = null);

internal sealed record NewIndicatorValue(int Year, IndicatorValueKind Kind, decimal? Value, string? Direction);

/// <summary>
/// The indicator register. Which rows a user sees is decided by the database: a municipality user sees
/// its own municipality's indicators and the region's, never another member's.
/// </summary>
internal sealed class IndicatorRegister(MonitoringDbContext db)
{
    public async Task<IReadOnlyList<Indicator>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        return await db.Indicators.AsNoTracking().Include(i => i.Values).OrderBy(i => i.MunicipalityId != null).ThenBy(i => i.Order)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Indicator> AddAsync(NewIndicator input, IReadOnlyList<NewIndicatorValue> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(values);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var order = await db.Indicators.Where(i => i.MunicipalityId == input.MunicipalityId).CountAsync(cancellationToken).ConfigureAwait(false);
        var indicator = new Indicator
        {
            MunicipalityId = input.MunicipalityId,
            Name = Require.Text(nameof(input.Name), "de indicator", input.Name, 400),
            Unit = input.Unit,
            Note = input.Note,
            Source = Require.Text(nameof(input.Source), "de bron", input.Source, 400),
            Ambition = Optional(input.Ambition),
            SocietalResult = Optional(input.SocietalResult),
            Order = order,
        };
        indicator.Values.AddRange(values.Select(v => IndicatorRules.Checked(indicator, v)));
        IndicatorRules.OneValuePerYearAndKind(indicator.Values);
        db.Indicators.Add(indicator);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return indicator;
    }

    /// <summary>Records a value; one per year and kind, so a new measurement replaces nothing silently.</summary>
    public async Task RecordAsync(Guid indicatorId, NewIndicatorValue value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var indicator = await db.Indicators.Include(i => i.Values).SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("IndicatorId", "Onbekende indicator.");
        var row = IndicatorRules.Checked(indicator, value);
        IndicatorRules.OneValuePerYearAndKind([.. indicator.Values, row]);
        db.IndicatorValues.Add(row);
        await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
