using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Regional.Finance.Pools;
using Regional.Finance.Settlements;
using Regional.Kernel.Security;
using Regional.Web;

namespace Regional.Finance.Pages.Regio.Financien;

/// <summary>A pool: its key as a table (each member's share and how it was computed) and its settlement runs.</summary>
internal sealed class PoolModel(PoolService pools, SettlementService settlements, IAuthorizationService authorization)
    : EditablePageModel(authorization, Policies.Finance)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Pool Pool { get; private set; } = null!;

    public PoolKey? Key { get; private set; }

    public string? KeyProblem { get; private set; }

    public IReadOnlyList<Settlement> Settlements { get; private set; } = [];

    public Task<IActionResult> OnPostAsync() => ChangeThenGoAsync(async ct =>
    {
        var draft = await settlements.DraftAsync(Id, ct).ConfigureAwait(false);
        return $"/regio/{Access.Region.Code}/financien/verrekeningen/{draft.Id}";
    });

    public Task<IActionResult> OnPostAdvancesAsync(string? poolBudget, string? period) => ChangeAsync(ct =>
        pools.PostAdvancesAsync(Id, new Kernel.Values.Money(Amounts.Parse("PoolBudget", poolBudget)), period ?? "", ct));

    protected override async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await pools.FindAsync(Id, ct).ConfigureAwait(false) is not { } pool)
        {
            return false;
        }

        Pool = pool;
        try
        {
            Key = await pools.KeyAsync(Id, ct).ConfigureAwait(false);
        }
        catch (RuleViolationException e)
        {
            KeyProblem = e.Message;
        }

        Settlements = await settlements.ListAsync(Id, ct).ConfigureAwait(false);
        return true;
    }
}
