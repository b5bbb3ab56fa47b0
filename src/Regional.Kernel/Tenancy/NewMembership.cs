namespace Regional.Kernel.Tenancy;

/// <summary>Input for adding a municipality to the current region for one domain.</summary>
public sealed record NewMembership(string CbsCode, SocialDomain Domain, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>Input for a municipality's access team (toegang).</summary>
public sealed record NewAccessTeam(string CbsCode, SocialDomain Domain, string Name, string? Email, string? Phone);
