using BenchmarkDotNet.Running;

// Runs the BenchmarkDotNet benchmarks in this assembly; pass --filter to pick some, e.g. --filter '*Ingest*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
