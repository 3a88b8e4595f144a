using BenchmarkDotNet.Running;
using PartnerScreening.Benchmarks.Matching;

// "matching-report" prints the matcher's latency, throughput, build and memory figures for docs/benchmarks.md.
// "rescreen-measure [COUNT]" times one rescreening of COUNT real institutions (default 10,000) against the real lists.
// Anything else runs the BenchmarkDotNet benchmarks in this assembly; pass --filter to pick some, e.g. --filter '*Ingest*'.
if (args is ["matching-report"])
{
    MatchingReport.Run();
    return 0;
}

if (args is ["rescreen-measure", ..])
{
    return await PartnerScreening.Benchmarks.RescreenMeasurement.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
