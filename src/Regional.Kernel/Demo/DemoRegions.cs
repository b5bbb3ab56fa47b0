using Regional.Kernel.Tenancy;

namespace Regional.Kernel.Demo;

/// <summary>
/// The two seed regions of the source documents, with today's member municipalities. Memberships start
/// when the Jeugdwet and Wmo 2015 took effect, or later when the municipality was formed by a merger.
/// </summary>
public static class DemoRegions
{
    public static readonly DateOnly Decentralisation = new(2015, 1, 1);

    public static readonly DemoRegion[] Regions =
    [
        new("rigg", "RIGG (Regionale Inkoop Groninger Gemeenten)",
        [
            new("GM1979", new(2021, 1, 1), [SocialDomain.Jeugd]), // Eemsdelta, formed 2021
            new("GM0014", Decentralisation, [SocialDomain.Jeugd]), // Groningen (kept its code when Haren and Ten Boer joined in 2019)
            new("GM1966", new(2019, 1, 1), [SocialDomain.Jeugd]), // Het Hogeland, formed 2019
            new("GM1952", new(2018, 1, 1), [SocialDomain.Jeugd]), // Midden-Groningen, formed 2018
            new("GM1895", Decentralisation, [SocialDomain.Jeugd]), // Oldambt
            new("GM0765", Decentralisation, [SocialDomain.Jeugd]), // Pekela
            new("GM0037", Decentralisation, [SocialDomain.Jeugd]), // Stadskanaal
            new("GM0047", Decentralisation, [SocialDomain.Jeugd]), // Veendam
            new("GM1969", new(2019, 1, 1), [SocialDomain.Jeugd]), // Westerkwartier, formed 2019
            new("GM1950", new(2018, 1, 1), [SocialDomain.Jeugd]), // Westerwolde, formed 2018
        ],
        [
            new("GM0014", SocialDomain.Jeugd, "WIJ Groningen", "info@wij.groningen.example", "050 000 0000"),
            new("GM0047", SocialDomain.Jeugd, "Centrum voor Jeugd en Gezin Veendam", null, null),
        ],
        new("GM0014", "Groningen"), "rigg"),
        new("kop-van-noord-holland", "Kop van Noord-Holland",
        [
            new("GM0400", Decentralisation, [SocialDomain.Jeugd, SocialDomain.Wmo, SocialDomain.Participatie]), // Den Helder
            new("GM0448", Decentralisation, [SocialDomain.Jeugd, SocialDomain.Wmo, SocialDomain.Participatie]), // Texel
            new("GM0441", Decentralisation, [SocialDomain.Jeugd, SocialDomain.Wmo, SocialDomain.Participatie]), // Schagen
            new("GM1911", Decentralisation, [SocialDomain.Jeugd]), // Hollands Kroon: Wmo on its own
        ],
        [
            new("GM0400", SocialDomain.Jeugd, "Sociaal wijkteam Den Helder", "wijkteam@denhelder.example", null),
            new("GM0448", SocialDomain.Wmo, "Zorgloket Texel", null, "0222 000 000"),
        ],
        new("GM0400", "Den Helder"), "knh"),
    ];
}

/// <summary>A seed region; its showcase municipality gets the municipality-bound demo users.</summary>
public sealed record DemoRegion(string Code, string Name, DemoMember[] Members, NewAccessTeam[] AccessTeams, DemoShowcase Showcase, string UserSuffix);

public sealed record DemoShowcase(string CbsCode, string Name);

public sealed record DemoMember(string CbsCode, DateOnly From, SocialDomain[] Domains);

