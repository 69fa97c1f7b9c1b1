using System.Globalization;

namespace EvalNumerique.Benchmarks.Peers;

/// <summary>
/// <c>peers generate DIR [ITEMS] [SIMULEES] [SEED]</c>, <c>peers run DIR [LENGTH] [REPEATS]</c>,
/// <c>peers compare DIR</c>: the .NET steps of benchmarks/peers/run.sh.
/// </summary>
internal static class PeerCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: peers generate DIR [ITEMS] [SIMULEES] [SEED] | peers run DIR [LENGTH] [REPEATS] | peers compare DIR");
            return 2;
        }
        string directory = args[1];
        int Int(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        switch (args[0])
        {
            case "generate":
                PeerData.Generate(directory, Int(2, 300), Int(3, 1000), args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 20261124);
                return 0;
            case "run":
                return PeerRun.Run(directory, Int(2, 20), Int(3, 3));
            case "compare":
                return PeerComparison.Run(directory);
            default:
                Console.Error.WriteLine($"unknown peers command '{args[0]}'");
                return 2;
        }
    }
}
