using System.Globalization;

namespace Regional.Finance.Owners;

/// <summary>
/// Which transactions a PostgreSQL snapshot sees (<c>pg_current_snapshot()</c>, as text <c>xmin:xmax:xip,...</c>): a
/// committed transaction is seen when it ended before the snapshot was taken. A budget account keeps the snapshot its
/// state was loaded at, so a pool's news of costs that load already counted is not counted again.
/// </summary>
internal sealed record LedgerSnapshot(ulong Xmin, ulong Xmax, IReadOnlySet<ulong> InProgress)
{
    /// <summary>Sees nothing: a state not loaded from the ledger yet.</summary>
    public static readonly LedgerSnapshot None = new(0, 0, new HashSet<ulong>());

    public static LedgerSnapshot Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        var running = parts[2].Length == 0 ? [] : parts[2].Split(',').Select(x => ulong.Parse(x, CultureInfo.InvariantCulture));
        return new(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture), running.ToHashSet());
    }

    /// <summary>Whether the snapshot sees the work of <paramref name="transaction"/>, which has committed.</summary>
    public bool Sees(ulong transaction) => transaction < Xmin || (transaction < Xmax && !InProgress.Contains(transaction));
}
