using EvalNumerique.Cli.Commands;
using EvalNumerique.Cli.Input;

namespace EvalNumerique.Cli;

/// <summary>
/// The <c>evalnum</c> command line: JSON in, JSON out, scriptable like catR's functions.
/// Exit codes: 0 success, 1 some request lines failed (the others were answered), 2 bad usage or
/// unreadable input.
/// </summary>
public static class EvalnumApp
{
    public const string Usage = """
        evalnum — adaptive-testing engine of EvalNumerique (JSON in, JSON out)

        Commands:
          evalnum estimate --bank FILE        θ and SE for each JSON request line on stdin
          evalnum next --bank FILE            the most informative next item for each request line
          evalnum simulate --bank FILE --n N --length L [--method EAP|MAP|MLE|WLE] [--seed S]
                           [--thetas FILE] [--uniforms FILE] [--quadrature POINTS,MIN,MAX]
                           [--prior MEAN,SD] [--bounds MIN,MAX] [--start-theta T] [--se-target S] [--out FILE]
          evalnum calibrate --responses FILE.csv|FILE.json [--model 1PL|2PL|3PL] [--anchors FILE] [--estimate-latent]
                            [--out FILE] [--max-cycles N] [--quadrature POINTS,MIN,MAX] [--D D] [--one-pl-slope A]
                            [--slope-prior MEANLOG,SDLOG] [--difficulty-prior MEAN,SD] [--guessing-prior ALPHA,BETA|none]
                                              item parameters by marginal maximum likelihood (EM); anchors held fixed
          evalnum validate [--itembank DIR] [--json]
                                              check the item bank: counts, then every problem as file:line
          evalnum export-qti [--itembank DIR] --out FILE.zip
                                              the bank as an IMS QTI 3.0 package; JSON report of what was and was not exported
          evalnum demo [--itembank DIR] [--seed S]
                                              three simulated people take the adaptive check on the real bank

        Bank file: {"D": 1.0, "items": [{"id": "i001", "a": 1.2, "b": -0.3, "c": 0.0, "d": 1.0, "domain": "safety"}]}
        Request line: {"responses": [{"item": "i001", "score": 1}], "method": "EAP",
                       "prior": {"mean": 0, "sd": 1}, "quadrature": {"points": 61, "min": -6, "max": 6},
                       "bounds": {"min": -4, "max": 4}, "exclude": ["i002"]}
        Responses (calibrate): CSV with the header person,item,score (one answer per row, score 0 or 1), or
                       {"responses": [{"person": "p1", "item": "i001", "score": 1}]}; anchors: a bank file.
        See README.md for the full contract.
        """;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? error : output).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        string command = args[0];
        try
        {
            var arguments = new Arguments(args.Skip(1));
            return command switch
            {
                "estimate" => EstimateCommand.Run(arguments, input, output, error),
                "next" => NextCommand.Run(arguments, input, output, error),
                "simulate" => SimulateCommand.Run(arguments, output),
                "calibrate" => CalibrateCommand.Run(arguments, output, error),
                "validate" => ValidateCommand.Run(arguments, output),
                "demo" => DemoCommand.Run(arguments, output),
                "export-qti" => ExportQtiCommand.Run(arguments, output),
                _ => throw new CliException($"unknown command '{command}' (estimate, next, simulate, calibrate, validate, export-qti, demo; --help for usage)"),
            };
        }
        catch (Exception e) when (e is CliException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"evalnum {command}: {e.Message}");
            return 2;
        }
    }
}
