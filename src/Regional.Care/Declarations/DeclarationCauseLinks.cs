using Regional.Kernel.Modules;

namespace Regional.Care.Declarations;

/// <summary>A declaration's costs lead to its lines of the product booked.</summary>
internal sealed class DeclarationCauseLinks : ICauseLinks
{
    public CauseLink? LinkTo(string regionCode, string cause) =>
        DeclarationPosting.FromSourceKey(cause) is var (declaration, product)
            ? new CauseLink($"/regio/{Uri.EscapeDataString(regionCode)}/zorg/declaraties/{declaration}?product={product}", "declaratieregels van dit product")
            : null;
}
