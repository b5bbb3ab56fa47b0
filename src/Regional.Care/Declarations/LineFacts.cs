using Regional.Purchasing.Facts;

namespace Regional.Care.Declarations;

/// <summary>What is known about one declared line's surroundings when it is checked; all of it read beforehand.</summary>
/// <param name="Assignment">The provider's assignment with the line's number for the addressed municipality, if any.</param>
/// <param name="AssignedProduct">That assignment's product.</param>
/// <param name="ContractualTariff">The contract's tariff in force at the line's start, or null where the provider is not contracted for it then.</param>
/// <param name="ReferenceTaken">The reference was accepted before, or earlier in this file.</param>
/// <param name="Reversed">For a credit: the accepted debit it names (null if none), and whether that was credited already.</param>
/// <param name="VolumeSoFar">Accepted volume on the assignment so far, credits subtracted.</param>
internal sealed record LineFacts(
    AssignmentTerms? Assignment, ProductInfo? AssignedProduct, decimal? ContractualTariff, bool ReferenceTaken, DeclarationLine? Reversed, bool ReversedAlready, decimal VolumeSoFar);
