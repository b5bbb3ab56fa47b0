namespace Regional.Kernel.Modules;

/// <summary>
/// Where a cause in the ledger leads: the module that booked a cost says which of its pages shows what the cost came
/// from, so Finance can explain every euro down to its source without knowing the modules that book.
/// </summary>
public interface ICauseLinks
{
    /// <summary>The page behind <paramref name="cause"/> in the region, or null when the cause is not this module's.</summary>
    CauseLink? LinkTo(string regionCode, string cause);
}

/// <summary>A link to the source of a cost, with its text for the user.</summary>
public sealed record CauseLink(string Href, string Text);
