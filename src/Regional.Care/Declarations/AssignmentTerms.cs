using Regional.Care.Assignments;

namespace Regional.Care.Declarations;

/// <summary>
/// Of a toewijzing, only what a declared line is checked against: read for every line of a large file, so the checks
/// read these columns rather than the whole toewijzing (its encrypted client, mask, tariff and commitment).
/// </summary>
internal sealed record AssignmentTerms(
    Guid Id, string Reference, string ClientHash, Guid ProductId, Guid ContractId, DateOnly StartsOn, DateOnly EndsOn, decimal Volume, Frequency Frequency);
