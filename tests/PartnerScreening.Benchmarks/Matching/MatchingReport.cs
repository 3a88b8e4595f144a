using System.Diagnostics;
using System.Globalization;
using F23.StringSimilarity;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Evaluation;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;
using PartnerScreening.Testing;

namespace PartnerScreening.Benchmarks.Matching;

/// <summary>
/// <c>matching-report</c>: measures the matcher over every real list and prints the numbers recorded in
/// docs/benchmarks.md: index build time and size, resident memory, single-query latency percentiles, batch
/// throughput on two threads, and the comparison with a brute-force Jaro-Winkler scan of every listed name.
/// </summary>
internal static class MatchingReport
{
    private const int WarmUpQueries = 300;
    private const int BruteForceQueries = 200;

    public static void Run()
    {
        var parties = BenchmarkLists.LoadAll();
        var cases = ScreeningEvaluator.ReadCases(SharedPaths.Eval("dev-cases.jsonl"));
        using var directory = new TempDirectory();

        var memoryBefore = Process.GetCurrentProcess().WorkingSet64;
        var buildWatch = Stopwatch.StartNew();
        using var holder = new NameIndexHolder(TimeProvider.System);
        holder.Swap(new NameIndexBuilder(NameNormalizer.Shared, TimeProvider.System).Build(directory.Path, parties, CancellationToken.None));
        buildWatch.Stop();
        var index = holder.Current!;
        GC.Collect();
        var indexBytes = Directory.EnumerateFiles(index.Path).Sum(file => new FileInfo(file).Length);

        var options = new MatchingOptions();
        var screener = new NameScreener(holder, NameNormalizer.Shared, new StaticOptionsMonitor(options));
        var queries = cases.Select(item => item.Query).ToList();

        foreach (var query in queries.Take(WarmUpQueries))
        {
            screener.Screen(new ScreeningQuery { Name = query });
        }

        var latencies = new List<double>(queries.Count);
        var byVariant = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var item in cases)
        {
            var start = Stopwatch.GetTimestamp();
            screener.Screen(new ScreeningQuery { Name = item.Query });
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            latencies.Add(elapsed);
            (byVariant.TryGetValue(item.Variant ?? "", out var list) ? list : byVariant[item.Variant ?? ""] = []).Add(elapsed);
        }

        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / cases.Count;
        latencies.Sort();
        var batchWatch = Stopwatch.StartNew();
        var batchCount = 0;
        for (var round = 0; round < 3; round++)
        {
            Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = 2 }, query => screener.Screen(new ScreeningQuery { Name = query }));
            batchCount += queries.Count;
        }

        batchWatch.Stop();
        var memoryAfter = Process.GetCurrentProcess().WorkingSet64;

        var evaluation = new ScreeningEvaluator(screener, new NameComparer(NameNormalizer.Shared, holder)).EvaluateCases(cases, options.Thresholds.Review);
        var (bruteMs, bruteRecall, ourMs, ourRecall, sampleMatches) = CompareWithBruteForce(index, screener, cases);

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"lists: {string.Join(", ", parties.Select(party => party.Party.Source).Distinct())}"));
        Console.WriteLine(string.Create(culture, $"parties {index.Parties.Count}, names {index.Names.Count}, index files {indexBytes / 1024.0 / 1024.0:0.0} MiB"));
        Console.WriteLine(string.Create(culture, $"build (normalise + Lucene + ForceMerge + open): {buildWatch.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(culture, $"working set: before build {memoryBefore / 1048576} MiB, after build and queries {memoryAfter / 1048576} MiB"));
        Console.WriteLine(string.Create(culture, $"single query over {latencies.Count} dev-case queries: p50 {Percentile(latencies, 0.50):0.000} ms, p90 {Percentile(latencies, 0.90):0.000} ms, p99 {Percentile(latencies, 0.99):0.000} ms, max {latencies[^1]:0.0} ms"));
        Console.WriteLine(string.Create(culture, $"process CPU time per query in that loop (includes GC and runtime threads): {cpuPerQuery:0.000} ms"));
        foreach (var (variant, values) in byVariant.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            values.Sort();
            Console.WriteLine(string.Create(culture, $"  {variant,-32} n {values.Count,4}  p50 {Percentile(values, 0.5):0.000} ms  p99 {Percentile(values, 0.99):0.000} ms"));
        }

        Console.WriteLine(string.Create(culture, $"batch on 2 threads: {batchCount / batchWatch.Elapsed.TotalSeconds:0} screens/s"));
        Console.WriteLine(string.Create(culture, $"dev cases: recall {evaluation.Recall:0.0000}, recall@1 {evaluation.RecallAtOne:0.0000}, no-match hit rate {evaluation.FalsePositiveRate:0.0000}"));
        Console.WriteLine(string.Create(culture, $"brute-force Jaro-Winkler over every name, first {sampleMatches} match cases: {bruteMs:0.00} ms/query, recall within rank {bruteRecall:0.0000}"));
        Console.WriteLine(string.Create(culture, $"our path on the same cases: {ourMs:0.000} ms/query, recall within rank {ourRecall:0.0000}; brute force is {bruteMs / ourMs:0}x slower"));
    }

    /// <summary>
    /// Scores every listed name against each query with Jaro-Winkler on lower-case names (the best name per party),
    /// and ranks parties by it, as a screening tool without an index would.
    /// </summary>
    private static (double BruteMs, double BruteRecall, double OurMs, double OurRecall, int Count) CompareWithBruteForce(NameIndex index, NameScreener screener, IReadOnlyList<EvaluationCase> cases)
    {
        var sample = cases.Where(item => item.ExpectsMatch).Take(BruteForceQueries).ToList();
        var jaroWinkler = new JaroWinkler();
        var listedNames = index.Names.Select(name => (name.PartyOrdinal, Text: name.Value.ToLowerInvariant())).ToArray();

        int bruteFound = 0, ourFound = 0;
        var bruteWatch = Stopwatch.StartNew();
        foreach (var item in sample)
        {
            var query = item.Query.ToLowerInvariant();
            var best = new Dictionary<int, double>();
            foreach (var (party, text) in listedNames)
            {
                var similarity = jaroWinkler.Similarity(query, text);
                if (!best.TryGetValue(party, out var current) || similarity > current)
                {
                    best[party] = similarity;
                }
            }

            var top = best.OrderByDescending(pair => pair.Value).Take(item.Rank ?? 3).Select(pair => index.Parties[pair.Key].Party);
            bruteFound += top.Any(party => party.Source == item.List && party.SourceEntityId == item.EntityId) ? 1 : 0;
        }

        bruteWatch.Stop();

        var ourWatch = Stopwatch.StartNew();
        foreach (var item in sample)
        {
            var groups = screener.Screen(new ScreeningQuery { Name = item.Query, Top = item.Rank ?? 3 }).Groups;
            ourFound += groups.Any(group => group.Hits.Any(hit => hit.Source == item.List && hit.SourceEntityId == item.EntityId)) ? 1 : 0;
        }

        ourWatch.Stop();
        return (bruteWatch.Elapsed.TotalMilliseconds / sample.Count, (double)bruteFound / sample.Count,
            ourWatch.Elapsed.TotalMilliseconds / sample.Count, (double)ourFound / sample.Count, sample.Count);
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private sealed class StaticOptionsMonitor(MatchingOptions value) : IOptionsMonitor<MatchingOptions>
    {
        public MatchingOptions CurrentValue => value;

        public MatchingOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MatchingOptions, string?> listener) => null;
    }
}
