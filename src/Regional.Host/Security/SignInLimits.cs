namespace Regional.Host.Security;

/// <summary>How hard guessing is made: attempts per client address, and failures per account name before it locks.</summary>
public sealed record SignInLimits(int AttemptsPerWindow, TimeSpan Window, int FailuresBeforeLockout, TimeSpan Lockout)
{
    public static SignInLimits From(IConfiguration configuration) => new(
        configuration.GetValue("Regional:SignInAttemptsPerWindow", 10),
        TimeSpan.FromSeconds(configuration.GetValue("Regional:SignInWindowSeconds", 300)),
        configuration.GetValue("Regional:SignInFailuresBeforeLockout", 5),
        TimeSpan.FromMinutes(configuration.GetValue("Regional:SignInLockoutMinutes", 15)));
}
