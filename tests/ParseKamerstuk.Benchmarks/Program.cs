using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ParseKamerstuk.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ParseKamerstuk.Benchmarks.StageBenchmarks).Assembly).Run(args);
