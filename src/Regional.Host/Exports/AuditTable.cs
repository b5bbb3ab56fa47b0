using Regional.Host.Pages;
using Regional.Kernel.Auditing;

namespace Regional.Host.Exports;

/// <summary>The audit log as a table for a spreadsheet: one row per change, in the words of the page.</summary>
public static class AuditTable
{
    public static Table Build(IEnumerable<AuditEntry> entries) => new(
        "Auditlog",
        ["Tijdstip", "Door", "Actie", "Object", "Id", "Wijziging"],
        entries.Select(e => (IReadOnlyList<string>)
            [Labels.Moment(e.OccurredAt, seconds: true), e.ActorName, AuditWording.Action(e.Action), AuditWording.Entity(e.Entity), e.EntityId,
                string.Join("; ", AuditWording.Changes(e))]).ToList());
}
