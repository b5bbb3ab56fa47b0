using Regional.Kernel.Privacy;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;

namespace Regional.Care.Declarations;

/// <summary>What a declaration file says before any line is read: sender, addressee, period and total.</summary>
/// <param name="MunicipalityCode">The CBS code with its GM prefix, e.g. GM0400.</param>
/// <param name="TotalDeclared">Debit minus credit, in euros, as the file states it (a CSV file states none).</param>
internal sealed record DeclarationHeader(
    SocialDomain Domain, DeclarationFormat Format, string StandardName, string ProviderAgb, string MunicipalityCode, string MessageId, DateOnly MessageDated,
    string Number, Period Period, decimal? TotalDeclared, string? BasisschemaVersion, string? MessageXsdVersion);

/// <summary>A prestatie as the file states it, with where it is in the file for messages about it.</summary>
/// <param name="Amount">As declared, positive; <paramref name="Credit"/> says which way.</param>
internal sealed record DeclaredLine(
    int Position, string Where, Bsn Client, string Reference, string? PreviousReference, string AssignmentNumber, string Category, string ProductCode,
    DateOnly PeriodStart, DateOnly PeriodEnd, decimal Volume, string Unit, decimal? Tariff, decimal Amount, bool Credit)
{
    public decimal SignedAmount => Credit ? -Amount : Amount;
}

/// <summary>A declaration file being read: its header first, then its lines one by one (streamed, never all in memory).</summary>
internal interface IDeclarationSource : IDisposable
{
    DeclarationHeader Header { get; }

    /// <summary>The lines in file order; reading them to the end also checks the rest of the file.</summary>
    IEnumerable<DeclaredLine> Lines();
}
