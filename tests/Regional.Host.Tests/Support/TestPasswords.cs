namespace Regional.Host.Tests;

/// <summary>Known passwords for the demo users in test databases (never used outside tests).</summary>
public static class TestPasswords
{
    public static string For(string userName) => $"{userName}-Test-9!";
}
