using BenchmarkDotNet.Running;
using PartnerScreening.Benchmarks.Matching;

// "matching-report" prints the matcher's latency, throughput, build and memory figures for docs/benchmarks.md.
// Anything else runs the BenchmarkDotNet benchmarks in this assembly; pass --filter to pick some, e.g. --filter '*Ingest*'.
if (args is ["matching-report"])
{
    MatchingReport.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
