namespace Regional.Kernel.Tenancy;

/// <summary>The three laws of the sociaal domein; each has its own module.</summary>
public enum SocialDomain
{
    Jeugd,
    Wmo,
    Participatie,
}
