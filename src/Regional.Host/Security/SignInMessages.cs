namespace Regional.Host.Security;

/// <summary>What a refused sign-in tells the user, the same on the page and in the API.</summary>
public static class SignInMessages
{
    public const string Failed = "Onjuiste gebruikersnaam of wachtwoord.";

    public const string LockedOut = "Te veel mislukte pogingen voor deze gebruikersnaam. Probeer het over een kwartier opnieuw.";
}
