namespace Regional.Monitoring.Providers;

internal enum ProviderClass
{
    /// <summary>Large: meet every quarter.</summary>
    Large,

    /// <summary>Medium: meet every half year.</summary>
    Medium,

    /// <summary>Small: meet once a year.</summary>
    Small,
}

/// <summary>
/// Classifies providers by what they do for the region, to set how often contract meetings are held
/// (the Kop van Noord-Holland's contract management): the more clients, municipalities and turnover, the
/// closer the contact. The spending ceiling's warning sits at 70% used (Wmo contract standard, art. 1.5).
/// </summary>
internal static class ProviderClassification
{
    public const decimal LargeTurnover = 1_000_000m;
    public const int LargeClients = 100;
    public const decimal MediumTurnover = 250_000m;
    public const int MediumClients = 25;
    public const int MediumMunicipalities = 3;
    public const decimal CeilingWarning = 0.70m;

    public static ProviderClass Classify(int clients, int municipalities, decimal turnover) =>
        turnover >= LargeTurnover || clients >= LargeClients ? ProviderClass.Large
        : turnover >= MediumTurnover || clients >= MediumClients || municipalities >= MediumMunicipalities ? ProviderClass.Medium
        : ProviderClass.Small;

    public static int MonthsBetweenMeetings(ProviderClass kind) => kind switch
    {
        ProviderClass.Large => 3,
        ProviderClass.Medium => 6,
        _ => 12,
    };

    /// <summary>When the next meeting is due: an interval after the last one, or now if there was none.</summary>
    public static DateOnly NextMeeting(ProviderClass kind, DateOnly? lastMeeting, DateOnly today) =>
        lastMeeting is { } last ? last.AddMonths(MonthsBetweenMeetings(kind)) : today;

    public static bool WarnAbout(decimal used, decimal ceiling) => ceiling > 0 && used >= CeilingWarning * ceiling;
}
