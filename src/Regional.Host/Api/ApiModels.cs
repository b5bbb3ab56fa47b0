using Regional.Kernel.Tenancy;

namespace Regional.Host.Api;

public sealed record SignInRequest(string UserName, string Password);

public sealed record GrantDto(string Role, string? RegionCode, string? MunicipalityCbsCode);

public sealed record MeDto(string UserName, string DisplayName, IReadOnlyList<GrantDto> Grants);

public sealed record RegionDto(string Code, string Name);

public sealed record MembershipDto(SocialDomain Domain, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record MemberDto(string CbsCode, string Name, IReadOnlyList<MembershipDto> Memberships);

public sealed record RegionDetailDto(string Code, string Name, IReadOnlyList<MemberDto> Members);

public sealed record AccessTeamDto(Guid Id, string MunicipalityCbsCode, SocialDomain Domain, string Name, string? Email, string? Phone);

public sealed record AuditEntryDto(DateTimeOffset OccurredAt, string ActorName, string Action, string Entity, string EntityId, string Changes);

public sealed record ProductCategoryDto(string Code, string Description);

public sealed record ModuleDto(SocialDomain Domain, string Name, IReadOnlyList<ProductCategoryDto> ProductCategories);

/// <summary>The audit log's filters as query parameters: who (part of the name), what (entity type), which (its id), from and to (days).</summary>
public sealed record AuditFilter(string? Actor, string? Entity, string? EntityId, DateOnly? From, DateOnly? To)
{
    public Regional.Kernel.Auditing.AuditQuery Query => new(Actor, Entity, EntityId, From, To);
}
