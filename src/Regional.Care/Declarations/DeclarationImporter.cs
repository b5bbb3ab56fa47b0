using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regional.Care.Messages;
using Regional.Care.Persistence;
using Regional.Kernel.Events;
using Regional.Kernel.Modules;
using Regional.Kernel.Persistence;
using Regional.Kernel.Privacy;
using Regional.Kernel.Security;
using Regional.Kernel.Tenancy;
using Regional.Kernel.Values;
using Regional.Purchasing.Facts;

namespace Regional.Care.Declarations;

/// <summary>The declaration a file became, and whether it was one received before (a replay gets the same answer).</summary>
internal sealed record DeclarationOutcome(Declaration Declaration, bool Replayed);

/// <summary>
/// Receives a declaration file (JW323, WMO323 or CSV): streams and validates it, checks every line, stores the
/// declaration with all its lines in one transaction (all or nothing: a file that is refused leaves nothing), with the
/// event <see cref="DeclarationReceived"/> for the other modules, then posts the accepted lines to finance. The same file again returns the declaration it became.
/// </summary>
internal sealed class DeclarationImporter(
    CareDbContext db, TenantContext tenants, ICurrentActor actor, TimeProvider clock, IEnumerable<MessageStandard> standards, RegionDirectory directory,
    IPurchasedCare purchased, IBsnProtector bsns,
    DeclarationSettingsService settings, DeclarationPosting posting, DeclarationTelemetry telemetry)
{
    private const int Chunk = 2_000;

    /// <param name="content">Read synchronously to its end (a file, not a request body).</param>
    public async Task<DeclarationOutcome> ImportAsync(Stream content, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var activity = DeclarationTelemetry.Source.StartActivity("declaration.import");
        try
        {
            var outcome = await ReceiveAsync(content, progress, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("regional.declaration.replayed", outcome.Replayed);
            if (!outcome.Replayed)
            {
                telemetry.Received(outcome.Declaration);
            }

            return outcome;
        }
        catch (RuleViolationException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "refused");
            telemetry.Refused();
            throw;
        }
    }

    private async Task<DeclarationOutcome> ReceiveAsync(Stream content, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var hashing = new HashingStream(content);
        var (prefix, whole) = await MessageFile.PeekAsync(hashing, cancellationToken).ConfigureAwait(false);
        using var source = Open(prefix, whole);
        var header = source.Header;
        var provider = await purchased.ProviderAsync(header.ProviderAgb, cancellationToken).ConfigureAwait(false)
            ?? throw new RuleViolationException("File", $"De afzender, AGB-code {header.ProviderAgb}, is geen aanbieder in deze regio.");
        var member = await MemberAsync(header, cancellationToken).ConfigureAwait(false);
        DeclarationRules.PeriodIsOneCalendarMonth(header.Period);
        var existing = await FindAsync(provider.Id, header, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return await ReplayAsync(existing, hashing.Finish(), progress, cancellationToken).ConfigureAwait(false);
        }

        var rules = await settings.GetAsync(cancellationToken).ConfigureAwait(false);
        var received = clock.GetUtcNow();
        var receivedOn = DutchTime.DayOf(received);
        var deadline = rules.DeadlineFor(header.Period.End!.Value);
        var declaration = new Declaration
        {
            MunicipalityId = member.MunicipalityId, ProviderId = provider.Id, Domain = header.Domain, Format = header.Format, MessageId = header.MessageId,
            MessageDated = header.MessageDated, Number = header.Number, PeriodStart = header.Period.Start, PeriodEnd = header.Period.End.Value,
            TotalDeclared = header.TotalDeclared ?? 0, ContentHash = "", BasisschemaVersion = header.BasisschemaVersion, MessageXsdVersion = header.MessageXsdVersion,
            ReceivedAt = received, ReceivedBy = actor.Name, Deadline = deadline, Late = receivedOn > deadline,
            AnswerDueOn = WorkingDays.Add(receivedOn, rules.AnswerWorkingDays),
        };

        await using (var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false))
        {
            // One import per provider and municipality at a time (across replicas): each checks volumes, references and
            // credits against what the one before it stored, so two files at once cannot together exceed a toewijzing.
            await db.Database.LockAsync($"care.declarations:{provider.Id}:{member.MunicipalityId}", cancellationToken).ConfigureAwait(false);
            db.Declarations.Add(declaration);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same message is being received at this moment (another request or replica): it is a replay.
                await work.AbandonAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                existing = await FindAsync(provider.Id, header, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    throw;
                }

                return await ReplayAsync(existing, hashing.Finish(), progress, cancellationToken).ConfigureAwait(false);
            }

            var checker = new LineChecker(db, bsns, declaration, await PurchasingFactsAsync(cancellationToken).ConfigureAwait(false));
            var lines = 0;
            var declared = 0m;
            await using var reading = new ReadAhead<DeclaredLine>(source.Lines().Chunk(Chunk), at => telemetry.Phase("read", at), cancellationToken);
            await foreach (var chunk in reading.ReadAllAsync())
            {
                var at = Stopwatch.GetTimestamp();
                var checkedLines = await checker.CheckAsync(chunk, cancellationToken).ConfigureAwait(false);
                at = telemetry.Phase("check", at);
                await LineWriter.WriteAsync(work, checkedLines, cancellationToken).ConfigureAwait(false);
                telemetry.Phase("store", at);
                lines += chunk.Length;
                declared += chunk.Sum(l => l.SignedAmount);
                declaration.AcceptedCount += checkedLines.Count(l => l.Accepted);
                declaration.TotalAccepted += checkedLines.Where(l => l.Accepted).Sum(l => l.SignedAmount);
                progress?.Report(new ImportProgress(ImportPhase.Checking, lines));
            }

            DeclarationRules.TotalsAddUp(header.TotalDeclared, declared, lines);
            declaration.TotalDeclared = declared;
            declaration.LineCount = lines;
            declaration.ContentHash = hashing.Finish();
            await db.Database.PublishAsync(
                new DeclarationReceived(declaration.Id, provider.Id, declaration.PeriodStart, declaration.PeriodEnd, declaration.Late), cancellationToken).ConfigureAwait(false);
            await work.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var postingStarted = Stopwatch.GetTimestamp();
        await posting.CompleteAsync(declaration.Id, progress, cancellationToken).ConfigureAwait(false);
        telemetry.Phase("post", postingStarted);
        return new DeclarationOutcome(declaration, false);
    }

    private IDeclarationSource Open(byte[] prefix, Stream whole)
    {
        if (!MessageFile.LooksLikeXml(prefix))
        {
            return new DeclarationCsvSource(whole, clock.Today());
        }

        var (standard, number) = MessageFile.Identify(prefix, standards);
        MessageFile.Expect(standard, number, "323");
        return new DeclarationXmlSource(whole, standard);
    }

    private async Task<MemberView> MemberAsync(DeclarationHeader header, CancellationToken cancellationToken)
    {
        var member = (await directory.MembersAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(m => m.CbsCode == header.MunicipalityCode)
            ?? throw new RuleViolationException("File", $"De ontvanger, gemeente {header.MunicipalityCode}, is geen lid van deze regio.");
        if (!tenants.Required.MunicipalityIds.Contains(member.MunicipalityId))
        {
            throw new RuleViolationException("File", $"Deze declaratie is gericht aan {member.Name}; u verwerkt alleen declaraties voor uw eigen gemeente.");
        }

        if (!member.IsMemberFor(header.Domain, header.Period.Start))
        {
            throw new RuleViolationException("File", $"{member.Name} koopt {header.Domain} in {header.Period} niet via deze regio in.");
        }

        return member;
    }

    private async Task<Declaration?> FindAsync(Guid providerId, DeclarationHeader header, CancellationToken cancellationToken)
    {
        await using var work = await db.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        var same = await db.Declarations.AsNoTracking().Where(d => d.ProviderId == providerId && (d.MessageId == header.MessageId || d.Number == header.Number))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var other = same.FirstOrDefault(d => d.MessageId != header.MessageId);
        return other is null
            ? same.SingleOrDefault()
            : throw new RuleViolationException("File", $"Declaratienummer {header.Number} is al gebruikt in bericht {other.MessageId} van {other.ReceivedAt:dd-MM-yyyy} (9333: declaratienummer is niet uniek).");
    }

    /// <summary>The same message again: the same answer if it is the same file (posting completed if it was interrupted); else refused.</summary>
    private async Task<DeclarationOutcome> ReplayAsync(Declaration existing, string hash, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (existing.ContentHash != hash)
        {
            throw new RuleViolationException("File",
                $"BerichtIdentificatie {existing.MessageId} van deze aanbieder is al ontvangen op {existing.ReceivedAt:dd-MM-yyyy HH:mm}, met een andere inhoud (9056: identificatie moet uniek zijn).");
        }

        await posting.CompleteAsync(existing.Id, progress, cancellationToken).ConfigureAwait(false);
        return new DeclarationOutcome(existing, true);
    }

    private async Task<PurchasingFacts> PurchasingFactsAsync(CancellationToken cancellationToken) => new(
        (await purchased.ProductsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id),
        (await purchased.ContractsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id),
        await purchased.TariffsAsync(cancellationToken).ConfigureAwait(false));
}
