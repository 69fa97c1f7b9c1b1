using System.Globalization;
using System.Text.Json;
using EvalNumerique.Cli.Input;
using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// <c>evalnum calibrate --responses FILE [--model 1PL|2PL|3PL] [--anchors FILE] [--estimate-latent]
/// [--out FILE] …</c>: marginal maximum-likelihood calibration (EM) of every item in the responses
/// file, anchors held fixed; writes the parameters as JSON, which is also a valid bank file.
/// </summary>
public static class CalibrateCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        string responsesPath = args.Required("responses");
        var model = ParseModel(args.Optional("model") ?? "2PL");
        string? anchorsPath = args.Optional("anchors");
        bool estimateLatent = args.Switch("estimate-latent");
        string? outPath = args.Optional("out");
        int? maxCycles = args.OptionalInt("max-cycles", 1);
        var quadrature = args.OptionalNumbers("quadrature", 3, "POINTS,MIN,MAX, e.g. 61,-6,6");
        var slopePrior = args.OptionalNumbers("slope-prior", 2, "MEANLOG,SDLOG, e.g. 0,0.5");
        var difficultyPrior = args.OptionalNumbers("difficulty-prior", 2, "MEAN,SD, e.g. 0,2");
        string? guessingPrior = args.Optional("guessing-prior");
        double? onePlSlope = args.OptionalDouble("one-pl-slope");
        double? scaling = args.OptionalDouble("D");
        args.RejectUnknown();

        var anchors = anchorsPath is null ? null : BankFile.Load(anchorsPath);
        if (anchors is not null && scaling is { } d && d != anchors.Scaling)
            throw new CliException($"--D {d} differs from the anchors' D {anchors.Scaling} ({anchorsPath}); new items must share the anchors' metric");
        if (estimateLatent && anchors is null)
            throw new CliException("--estimate-latent needs --anchors: without anchor items N(0, 1) is what fixes the scale");
        var responses = ResponsesFile.Load(responsesPath);

        var defaults = CalibrationOptions.Default;
        var options = defaults with
        {
            Scaling = anchors?.Scaling ?? scaling ?? defaults.Scaling,
            EstimateLatentDistribution = estimateLatent,
            MaxCycles = maxCycles ?? defaults.MaxCycles,
            Quadrature = quadrature is null ? defaults.Quadrature : new QuadratureSpec(CheckedPoints(quadrature[0]), quadrature[1], quadrature[2]),
            SlopePrior = slopePrior is null ? null : new LogNormalPrior(slopePrior[0], slopePrior[1]),
            DifficultyPrior = difficultyPrior is null ? null : new NormalPrior(difficultyPrior[0], difficultyPrior[1]),
            GuessingPrior = ParseGuessingPrior(guessingPrior, defaults.GuessingPrior),
            OnePlSlope = onePlSlope,
        };
        if (options.Problem() is { } problem) throw new CliException(problem);

        var (items, persons) = Assemble(responses, anchors, model);
        var result = MmlEm.Calibrate(items, new ResponseMatrix(items.Count, persons), options);

        foreach (string warning in result.Warnings) error.WriteLine($"evalnum calibrate: warning: {warning}");
        int flagged = result.Items.Count(item => item.Warnings.Count > 0);
        if (flagged > 0) error.WriteLine($"evalnum calibrate: warning: {flagged} item(s) have warnings; see \"warnings\" in the output");

        if (outPath is null)
        {
            Write(result, options, model, persons.Count, output);
        }
        else
        {
            try
            {
                using var file = new StreamWriter(outPath);
                Write(result, options, model, persons.Count, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--out: cannot write {outPath} ({e.Message})");
            }
        }
        return 0;
    }

    /// <summary>Items of the responses file (in order of first appearance) then anchors nobody answered; anchors keep their parameters.</summary>
    private static (List<CalibrationItem> Items, List<IReadOnlyList<Response>> Persons) Assemble(ResponsesFile responses, ItemPool? anchors, ItemModel model)
    {
        var items = new List<CalibrationItem>();
        foreach (string id in responses.ItemIds)
        {
            int anchor = anchors?.IndexOf(id) ?? -1;
            items.Add(anchor < 0 ? new CalibrationItem(id, model) : AnchorItem(anchors!, anchor));
        }
        if (anchors is not null)
        {
            var seen = new HashSet<string>(responses.ItemIds, StringComparer.Ordinal);
            for (int i = 0; i < anchors.Count; i++)
                if (!seen.Contains(anchors.Ids[i])) items.Add(AnchorItem(anchors, i));
        }
        return (items, [.. responses.Persons]);
    }

    private static CalibrationItem AnchorItem(ItemPool anchors, int index)
    {
        var parameters = anchors[index];
        return new CalibrationItem(anchors.Ids[index], parameters.C > 0 ? ItemModel.ThreePL : ItemModel.TwoPL, Anchor: parameters);
    }

    private static ItemModel ParseModel(string text) => text.ToUpperInvariant() switch
    {
        "1PL" or "RASCH" => ItemModel.OnePL,
        "2PL" => ItemModel.TwoPL,
        "3PL" => ItemModel.ThreePL,
        _ => throw new CliException($"--model: '{text}' must be 1PL, 2PL or 3PL"),
    };

    private static BetaPrior? ParseGuessingPrior(string? text, BetaPrior? defaultPrior)
    {
        if (text is null) return defaultPrior;
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double alpha)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double beta))
            return new BetaPrior(alpha, beta);
        throw new CliException($"--guessing-prior: '{text}' must be ALPHA,BETA (e.g. 5,17) or none");
    }

    private static int CheckedPoints(double points) =>
        points is >= 2 and <= QuadratureSpec.MaxPoints && points == Math.Floor(points) ? (int)points
            : throw new CliException($"--quadrature: POINTS must be a whole number between 2 and {QuadratureSpec.MaxPoints}");

    private static string ModelName(ItemModel model) => model switch { ItemModel.OnePL => "1PL", ItemModel.TwoPL => "2PL", _ => "3PL" };

    private static void Write(CalibrationResult result, CalibrationOptions options, ItemModel model, int persons, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, RequestLoop.Output with { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("D", options.Scaling);
            writer.WriteString("model", ModelName(model));
            writer.WriteBoolean("converged", result.Converged);
            writer.WriteNumber("cycles", result.Cycles);
            writer.WriteNumber("maxParameterChange", result.MaxParameterChange);
            writer.WriteNumber("logLikelihood", result.LogLikelihood);
            writer.WriteNumber("persons", persons);
            writer.WriteStartObject("latent");
            writer.WriteNumber("mean", result.Latent.Mean);
            writer.WriteNumber("sd", result.Latent.Sd);
            writer.WriteBoolean("estimated", options.EstimateLatentDistribution);
            writer.WriteEndObject();
            writer.WriteStartArray("warnings");
            foreach (string warning in result.Warnings) writer.WriteStringValue(warning);
            writer.WriteEndArray();
            writer.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("id", item.Id);
                writer.WriteString("model", ModelName(item.Model));
                writer.WriteNumber("a", item.Parameters.A);
                writer.WriteNumber("b", item.Parameters.B);
                writer.WriteNumber("c", item.Parameters.C);
                writer.WriteNumber("d", item.Parameters.D);
                writer.WriteNullable("seA", item.SeA);
                writer.WriteNullable("seB", item.SeB);
                writer.WriteNullable("seC", item.SeC);
                writer.WriteBoolean("anchor", item.IsAnchor);
                writer.WriteNumber("answers", item.Answers);
                writer.WriteNumber("correct", item.Correct);
                writer.WriteStartArray("warnings");
                foreach (string warning in item.Warnings) writer.WriteStringValue(warning);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("logLikelihoodByCycle");
            foreach (double value in result.LogLikelihoodByCycle) writer.WriteNumberValue(value);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Flush();
    }
}
