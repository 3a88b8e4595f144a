using BenchmarkDotNet.Running;

// Runs the BenchmarkDotNet benchmarks in this assembly; pass --filter to pick some, e.g. --filter '*Ingest*'.
if (args is ["rescreen-measure", ..])
{
    return await PartnerScreening.Benchmarks.RescreenMeasurement.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
