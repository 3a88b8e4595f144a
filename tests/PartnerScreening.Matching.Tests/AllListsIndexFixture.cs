using Microsoft.Extensions.Options;
using PartnerScreening.Matching.Evaluation;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;
using PartnerScreening.Testing;

namespace PartnerScreening.Matching.Tests;

/// <summary>One index of every real list, built once for the tests that screen against it.</summary>
public sealed class AllListsIndexFixture : IDisposable
{
    private readonly TempDirectory directory = new();

    public AllListsIndexFixture()
    {
        Holder = new NameIndexHolder(TimeProvider.System);
        var builder = new NameIndexBuilder(NameNormalizer.Shared, TimeProvider.System);
        Holder.Swap(builder.Build(directory.Path, RealLists.All, CancellationToken.None));
        Options = new MatchingOptions();
        Screener = new NameScreener(Holder, NameNormalizer.Shared, new StaticOptionsMonitor(Options));
        Evaluator = new ScreeningEvaluator(Screener, new NameComparer(NameNormalizer.Shared, Holder));
    }

    public NameIndexHolder Holder { get; }

    public MatchingOptions Options { get; }

    public NameScreener Screener { get; }

    public ScreeningEvaluator Evaluator { get; }

    public void Dispose()
    {
        Holder.Dispose();
        directory.Dispose();
    }

    private sealed class StaticOptionsMonitor(MatchingOptions value) : IOptionsMonitor<MatchingOptions>
    {
        public MatchingOptions CurrentValue => value;

        public MatchingOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MatchingOptions, string?> listener) => null;
    }
}

/// <summary>Shares one <see cref="AllListsIndexFixture"/> between the test classes that screen against every list.</summary>
[CollectionDefinition(Name)]
public sealed class AllListsCollection : ICollectionFixture<AllListsIndexFixture>
{
    public const string Name = "all lists";
}
