using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EvalNumerique.Benchmarks.CatStepBenchmarks).Assembly).Run(args);
