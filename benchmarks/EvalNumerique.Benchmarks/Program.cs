using BenchmarkDotNet.Running;
using EvalNumerique.Benchmarks;
using EvalNumerique.Benchmarks.Calibration;
using EvalNumerique.Benchmarks.Peers;

// `peers …` is the side-by-side run with jsCAT (benchmarks/peers/run.sh); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "peers") return PeerCommand.Run(args[1..]);
// `recovery [PERSONS…]` prints the parameter-recovery table of docs/calibration-recovery.md.
if (args.Length > 0 && args[0] == "recovery") return RecoveryReport.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(CatStepBenchmarks).Assembly).Run(args);
return 0;
