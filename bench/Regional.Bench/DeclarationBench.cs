using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Regional.Care.Declarations;
using Regional.Care.Demo;
using Regional.Care.Jobs;
using Regional.Kernel.Privacy;
using Regional.Kernel.Tenancy;
using Regional.Purchasing.Catalogue;
using Regional.Purchasing.Facts;

namespace Regional.Bench;

/// <summary>What one run of the declaration benchmark measured.</summary>
internal sealed record DeclarationFigures(
    long Lines, int Messages, long LargestFile, double FloorSeconds, double StoredFloorSeconds, double ValidateSeconds, double ImportSeconds, long BaseWorkingSet, long PeakWorkingSet, long Accepted,
    decimal AcceptedAmount, long Entries, decimal Booked, IReadOnlyDictionary<string, double> Phases);

/// <summary>
/// A year of monthly JW323 declarations for the Kop van Noord-Holland's four Jeugd members: one assignment per
/// client (Begeleiding, Behandeling or Pleegzorg on the demo contract, 2021), one line per client and month, one
/// message per municipality and month. Each message goes through <see cref="IMessageFileImport"/> as an upload
/// would (XSD validation, every check, stored lines, posting to the ledger); the floor is a plain binary COPY
/// of the same lines into a bare table. For scale, the same lines are also copied into a table made like the declaration
/// lines' own, with its keys (what storing them costs with nothing else), and the files are read by a bare validating
/// XmlReader (what XSD validation alone costs). Nothing of a data set is held in memory: lines are generated as they are written.
/// </summary>
internal sealed class DeclarationBench(BenchDatabase bench)
{
    private const string Knh = "kop-van-noord-holland";
    private static readonly string[] Codes = ["KNH-JGD-BG", "KNH-JGD-BH", "KNH-JGD-PZ"];

    /// <param name="run">Numbers this run's toewijzingen, messages and references, so several runs share one database.</param>
    public async Task<DeclarationFigures> MeasureAsync(long lines, int parallel, string folder, int run)
    {
        var prefix = $"B{run}";
        var plan = await PrepareAsync((int)Math.Ceiling(lines / 12.0), folder, prefix, (run + 1) * 10_000_000);
        var floor = await FloorAsync(plan, prefix);
        var storedFloor = await StoredFloorAsync(plan, prefix);
        var validate = await ValidateAllAsync(plan.Files, parallel);
        using var phases = new PhaseTotals();
        var (import, baseline, peak) = await ImportAllAsync(plan.Files, parallel);
        var accepted = await bench.ScalarAsync<long>($"SELECT count(*) FROM care.declaration_lines WHERE accepted AND reference LIKE '{prefix}-%'");
        var acceptedAmount = await bench.ScalarAsync<decimal>($"SELECT sum(amount) FROM care.declaration_lines WHERE accepted AND reference LIKE '{prefix}-%'");
        var Entries = $"FROM finance.journal_entries e JOIN care.declarations d ON e.idempotency_key LIKE 'cost:declaratie:' || replace(d.id::text, '-', '') || ':%' WHERE d.message_id LIKE '{prefix}M%'";
        var entries = await bench.ScalarAsync<long>("SELECT count(*) " + Entries);
        var booked = await bench.ScalarAsync<decimal>("SELECT sum(p.amount) FROM finance.postings p WHERE p.account <> 'crediteuren' AND p.entry_id IN (SELECT e.id " + Entries + ")");
        return new DeclarationFigures(plan.Count, plan.Files.Count, plan.Files.Max(f => new FileInfo(f).Length), floor, storedFloor, validate, import, baseline, peak, accepted,
            acceptedAmount, entries, booked, phases.Totals);
    }

    /// <summary>The message files and how to make their lines again (for the floor), without keeping them.</summary>
    private sealed record Plan(IReadOnlyList<string> Files, Func<IEnumerable<List<Jw323Prestatie>>> Messages, long Count);

    /// <summary>Assignments straight into the table (the bench measures declarations, not assignments), then the message files.</summary>
    private async Task<Plan> PrepareAsync(int clients, string folder, string prefix, int firstAssignment)
    {
        Directory.CreateDirectory(folder);
        var services = bench.App.Services;
        var bsns = services.GetRequiredService<IBsnProtector>();
        var (regionId, members, provider, contract, products, tariffs) = await RegionWork.RunAsync(services, Knh, async s =>
        {
            var purchased = s.GetRequiredService<IPurchasedCare>();
            var demo = (await purchased.ContractsAsync()).Single(c => c.Number == "KNH-J-2019-001");
            var all = await purchased.TariffsAsync();
            var found = new List<ProductInfo>();
            foreach (var code in Codes)
            {
                found.Add((await purchased.ProductAsync(code))!);
            }

            var jeugd = (await s.GetRequiredService<RegionDirectory>().MembersAsync()).Where(m => m.IsMemberFor(SocialDomain.Jeugd, new DateOnly(2021, 1, 1))).ToList();
            return (s.GetRequiredService<TenantContext>().Required.RegionId, jeugd, demo.ProviderId, demo.Id, found,
                found.Select(p => (long)(TariffInfo.InForce(all, p.Id, new DateOnly(2021, 1, 1), demo.Id)!.Amount * 100)).ToList());
        });

        await using (var connection = bench.Superuser())
        {
            await connection.OpenAsync();
            await using var copy = await connection.BeginBinaryImportAsync(
                "COPY care.assignments (id, region_id, municipality_id, reference, client_hash, client_cipher, client_masked, product_id, provider_id, contract_id, "
                + "starts_on, ends_on, volume, unit, frequency, tariff, commitment) FROM STDIN (FORMAT BINARY)");
            for (var c = 0; c < clients; c++)
            {
                var bsn = Bsn(c);
                var p = c % Codes.Length;
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(regionId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(members[c % members.Count].MunicipalityId, NpgsqlDbType.Uuid);
                await copy.WriteAsync((firstAssignment + c).ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                await copy.WriteAsync(bsns.HashOf(Kernel.Privacy.Bsn.Parse("bsn", bsn)), NpgsqlDbType.Text);
                await copy.WriteAsync("bench", NpgsqlDbType.Text);
                await copy.WriteAsync("******" + bsn[^3..], NpgsqlDbType.Text);
                await copy.WriteAsync(products[p].Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(provider, NpgsqlDbType.Uuid);
                await copy.WriteAsync(contract, NpgsqlDbType.Uuid);
                await copy.WriteAsync(new DateOnly(2021, 1, 1), NpgsqlDbType.Date);
                await copy.WriteAsync(new DateOnly(2021, 12, 31), NpgsqlDbType.Date);
                await copy.WriteAsync(1_000m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(products[p].Unit.ToString(), NpgsqlDbType.Text);
                await copy.WriteAsync("TotalWithinPeriod", NpgsqlDbType.Text);
                await copy.WriteAsync(tariffs[p] / 100m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
            }

            await copy.CompleteAsync();
        }

        await bench.ExecuteAsync("ANALYZE care.assignments");
        List<Jw323Prestatie> Message(int month, int m)
        {
            var (from, to) = (new DateOnly(2021, month, 1), new DateOnly(2021, month, 1).AddMonths(1).AddDays(-1));
            return Enumerable.Range(0, clients).Where(c => c % members.Count == m).Select(c =>
            {
                var p = c % Codes.Length;
                var (unit, code, category, volume) = products[p].Unit == Unit.Etmaal ? ("14", "44A07", "44", to.Day) : ("04", p == 0 ? "45A04" : "45A65", "45", 1 + (c % 8));
                return new Jw323Prestatie(Bsn(c), $"{prefix}-{month:00}-{c}", (firstAssignment + c).ToString(System.Globalization.CultureInfo.InvariantCulture), category, code, from, to,
                    volume, unit, tariffs[p], volume * tariffs[p]);
            }).ToList();
        }

        var messages = Enumerable.Range(1, 12).SelectMany(month => Enumerable.Range(0, members.Count).Select(m => (month, m))).ToList();
        var files = new List<string>();
        var count = 0L;
        foreach (var (month, m) in messages)
        {
            var (from, to) = (new DateOnly(2021, month, 1), new DateOnly(2021, month, 1).AddMonths(1).AddDays(-1));
            var lines = Message(month, m);
            var file = Path.Combine(folder, $"JW323_{month:00}_{m}.xml");
            await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
            {
                Jw323File.Write(writer, new Jw323Header("98000001", members[m].CbsCode[2..], $"{prefix}M{month:00}{m}", $"{prefix}D{month:00}{m}", from, to), lines);
            }

            files.Add(file);
            count += lines.Count;
        }

        return new Plan(files, () => messages.Select(x => Message(x.month, x.m)), count);
    }

    /// <summary>
    /// The same lines by one binary COPY into a bare table: what PostgreSQL takes at its fastest. Only the COPY is timed, not
    /// making the lines; the best of three, since one COPY of a few hundred milliseconds varies by a factor of three here.
    /// </summary>
    private async Task<double> FloorAsync(Plan plan, string prefix)
    {
        var table = $"bench_lines_{prefix}";
        await bench.ExecuteAsync($"CREATE TABLE {table} (reference text, bsn text, assignment text, category text, code text, starts date, ends date, volume integer, unit text, tariff bigint, amount bigint)");
        return await BestOfThreeAsync(table, () => CopyAsync(plan, table));
    }

    /// <summary>
    /// The same lines by one binary COPY into a table made like <c>care.declaration_lines</c>, with its primary key and the
    /// unique index that keeps accepted references unique (8021), but without its row-level security, foreign key and
    /// running-volume trigger: what storing the lines costs before any check, posting or reading. Timed as the floor is.
    /// </summary>
    private async Task<double> StoredFloorAsync(Plan plan, string prefix)
    {
        var table = $"bench_stored_{prefix}";
        await bench.ExecuteAsync($"CREATE TABLE {table} (LIKE care.declaration_lines INCLUDING ALL)");
        return await BestOfThreeAsync(table, () => CopyStoredAsync(plan, table));
    }

    private async Task<double> BestOfThreeAsync(string table, Func<Task<double>> copy)
    {
        var best = double.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await bench.ExecuteAsync($"TRUNCATE {table}");
            best = Math.Min(best, await copy());
        }

        return best;
    }

    private Task<double> CopyStoredAsync(Plan plan, string table)
    {
        var (region, municipality, provider, assignment, product, contract) =
            (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var hash = new string('0', 64);
        return TimedCopyAsync(plan,
            $"COPY {table} (region_id, municipality_id, declaration_id, position, provider_id, domain, client_hash, client_masked, reference, credit, "
            + "assignment_number, assignment_id, product_id, contract_id, category, product_code, period_start, period_end, volume, unit, tariff, amount, "
            + "accepted, retour_codes) FROM STDIN (FORMAT BINARY)",
            async (copy, message) =>
            {
                var declaration = Guid.CreateVersion7();
                var position = 0;
                foreach (var l in message)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(region, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(municipality, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(declaration, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(++position, NpgsqlDbType.Integer);
                    await copy.WriteAsync(provider, NpgsqlDbType.Uuid);
                    await copy.WriteAsync("Jeugd", NpgsqlDbType.Text);
                    await copy.WriteAsync(hash, NpgsqlDbType.Text);
                    await copy.WriteAsync("******000", NpgsqlDbType.Text);
                    await copy.WriteAsync(l.Reference, NpgsqlDbType.Text);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(l.Assignment, NpgsqlDbType.Text);
                    await copy.WriteAsync(assignment, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(product, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(contract, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(l.Category, NpgsqlDbType.Text);
                    await copy.WriteAsync(l.Code, NpgsqlDbType.Text);
                    await copy.WriteAsync(l.Start, NpgsqlDbType.Date);
                    await copy.WriteAsync(l.End, NpgsqlDbType.Date);
                    await copy.WriteAsync((decimal)l.Volume, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(l.Unit, NpgsqlDbType.Text);
                    await copy.WriteAsync((l.TariffCents ?? 0) / 100m, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(l.AmountCents / 100m, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                }
            });
    }

    private Task<double> CopyAsync(Plan plan, string table) =>
        TimedCopyAsync(plan, $"COPY {table} FROM STDIN (FORMAT BINARY)", async (copy, message) =>
        {
            foreach (var l in message)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(l.Reference, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Bsn, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Assignment, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Category, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Code, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Start, NpgsqlDbType.Date);
                await copy.WriteAsync(l.End, NpgsqlDbType.Date);
                await copy.WriteAsync(l.Volume, NpgsqlDbType.Integer);
                await copy.WriteAsync(l.Unit, NpgsqlDbType.Text);
                await copy.WriteAsync(l.TariffCents ?? 0, NpgsqlDbType.Bigint);
                await copy.WriteAsync(l.AmountCents, NpgsqlDbType.Bigint);
            }
        });

    /// <summary>
    /// Every message of the plan by one binary COPY, each written by <paramref name="writeMessage"/> (one call per message,
    /// its rows in the caller's own loop). Only the writing is timed, not making the lines.
    /// </summary>
    private async Task<double> TimedCopyAsync(Plan plan, string command, Func<NpgsqlBinaryImporter, List<Jw323Prestatie>, Task> writeMessage)
    {
        await using var connection = bench.Superuser();
        await connection.OpenAsync();
        var watch = new Stopwatch();
        await using (var copy = await connection.BeginBinaryImportAsync(command))
        {
            foreach (var message in plan.Messages())
            {
                watch.Start();
                await writeMessage(copy, message);
                watch.Stop();
            }

            watch.Start();
            await copy.CompleteAsync();
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The files read by a bare validating XmlReader against the same XSDs: what validation alone takes.</summary>
    private async Task<double> ValidateAllAsync(IReadOnlyList<string> files, int parallel)
    {
        var schemas = bench.App.Services.GetServices<Kernel.Modules.MessageStandard>().Single(s => s.Domain == SocialDomain.Jeugd).Schemas("323")!;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallel }, (file, _) =>
        {
            var settings = new System.Xml.XmlReaderSettings { ValidationType = System.Xml.ValidationType.Schema, Schemas = schemas, XmlResolver = null };
            using var reader = System.Xml.XmlReader.Create(file, settings);
            while (reader.Read())
            {
            }

            return ValueTask.CompletedTask;
        });
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Every file through the importer, <paramref name="parallel"/> at a time, sampling the working set from a collected baseline.</summary>
    private async Task<(double Import, long Baseline, long Peak)> ImportAllAsync(IReadOnlyList<string> files, int parallel)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var baseline = Environment.WorkingSet;
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(50);
            }
        });
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (file, _) =>
            await RegionWork.RunAsync(bench.App.Services, Knh, async s =>
            {
                await using var content = File.OpenRead(file);
                return await s.GetRequiredService<IMessageFileImport>().ImportAsync(content, ImportKind.Declaration);
            }));
        var elapsed = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        return (elapsed, baseline, peak);
    }

    /// <summary>Nine digits that pass the eleven-test, one per client.</summary>
    private static string Bsn(int client)
    {
        for (var n = 100_000_000 + (client * 11L); ; n++)
        {
            var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Kernel.Privacy.Bsn.IsValid(digits))
            {
                return digits;
            }
        }
    }
}
