using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;
using PartnerScreening.Testing;

namespace PartnerScreening.Benchmarks.Matching;

/// <summary>Single screens against an index of every real list, one benchmark per kind of query.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks : IDisposable
{
    private TempDirectory? directory;
    private NameIndexHolder? holder;
    private NameScreener? screener;

    [Params("Harbin Institute of Technology", "Harbni Inst. of Tech.", "哈爾浜工業大学", "Korea Mining Development Trading Corp.", "Himeji Institute of Technology")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        directory = new TempDirectory();
        holder = new NameIndexHolder(TimeProvider.System);
        holder.Swap(new NameIndexBuilder(NameNormalizer.Shared, TimeProvider.System).Build(directory.Path, BenchmarkLists.LoadAll(), CancellationToken.None));
        screener = new NameScreener(holder, NameNormalizer.Shared, new OptionsWrapperMonitor(new MatchingOptions()));
    }

    [Benchmark]
    public int Screen() => screener!.Screen(new ScreeningQuery { Name = Query }).Groups.Count;

    [GlobalCleanup]
    public void Dispose()
    {
        holder?.Dispose();
        directory?.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class OptionsWrapperMonitor(MatchingOptions value) : IOptionsMonitor<MatchingOptions>
    {
        public MatchingOptions CurrentValue => value;

        public MatchingOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MatchingOptions, string?> listener) => null;
    }
}
