using System.Text.Json;
using EvalNumerique.Cli.Input;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Simulation;
using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// <c>evalnum simulate --bank FILE --n N --length L --method M --seed S [--thetas FILE]
/// [--uniforms FILE] [--quadrature POINTS,MIN,MAX] [--prior MEAN,SD] [--bounds MIN,MAX]
/// [--start-theta T] [--se-target S] [--out FILE]</c>: fixed-length (or SE-stopped) CATs with
/// maximum-information selection, reported as JSON.
/// </summary>
public static class SimulateCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        var pool = BankFile.Load(args.Required("bank"));
        int? n = args.OptionalInt("n", 1);
        int length = args.OptionalInt("length", 1) ?? throw new CliException("--length is required (the test length, or the maximum length with --se-target)");
        var method = EstimationRequest.ParseMethodName(args.Optional("method") ?? "EAP", "--method");
        ulong seed = ParseSeed(args.Optional("seed") ?? "1");
        var thetas = args.Optional("thetas") is { } thetasPath ? ReadThetas(thetasPath) : null;
        var uniforms = args.Optional("uniforms") is { } uniformsPath ? ReadUniforms(uniformsPath) : null;
        var quadrature = args.OptionalNumbers("quadrature", 3, "POINTS,MIN,MAX, e.g. 61,-6,6");
        var prior = args.OptionalNumbers("prior", 2, "MEAN,SD, e.g. 0,1");
        var bounds = args.OptionalNumbers("bounds", 2, "MIN,MAX, e.g. -4,4");
        double? startTheta = args.OptionalDouble("start-theta");
        double? seTarget = args.OptionalDouble("se-target");
        string? outPath = args.Optional("out");
        args.RejectUnknown();

        if (thetas is null && n is null) throw new CliException("--n is required (or give the true thetas with --thetas)");
        if (thetas is not null && n is not null && n != thetas.Length)
            throw new CliException($"--n is {n} but --thetas holds {thetas.Length} values");
        if (seTarget is { } se && se <= 0) throw new CliException("--se-target must be > 0");

        var defaults = EstimationOptions.Default;
        var estimation = new EstimationOptions
        {
            Method = method,
            Quadrature = quadrature is null ? defaults.Quadrature : new QuadratureSpec(CheckedPoints(quadrature[0]), quadrature[1], quadrature[2]),
            Prior = prior is null ? defaults.Prior : new NormalPrior(prior[0], prior[1]),
            Bounds = bounds is null ? defaults.Bounds : new ThetaBounds(bounds[0], bounds[1]),
        };
        if (estimation.Problem() is { } problem) throw new CliException(problem);
        var spec = new SimulationSpec
        {
            Count = n ?? thetas!.Length,
            TrueThetas = thetas,
            Uniforms = uniforms,
            Seed = seed,
            Options = new CatOptions
            {
                Estimation = estimation,
                StartTheta = startTheta,
                Stopping = new StoppingRule { MinLength = seTarget is null ? length : 1, MaxLength = length, SeTarget = seTarget },
            },
        };
        if (uniforms is not null)
        {
            if (uniforms.Count != spec.Count) throw new CliException($"--uniforms holds {uniforms.Count} rows for {spec.Count} examinees");
            for (int j = 0; j < uniforms.Count; j++)
                if (uniforms[j].Count != pool.Count)
                    throw new CliException($"--uniforms: row {j} has {uniforms[j].Count} numbers; it needs one per bank item ({pool.Count})");
        }

        var report = Simulator.Run(pool, spec);
        if (outPath is null)
        {
            Write(report, output);
        }
        else
        {
            try
            {
                using var file = new StreamWriter(outPath);
                Write(report, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--out: cannot write {outPath} ({e.Message})");
            }
        }
        return 0;
    }

    private static int CheckedPoints(double points) =>
        points is >= 2 and <= QuadratureSpec.MaxPoints && points == Math.Floor(points) ? (int)points
            : throw new CliException($"--quadrature: POINTS must be a whole number between 2 and {QuadratureSpec.MaxPoints}");

    private static ulong ParseSeed(string text) =>
        ulong.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : throw new CliException($"--seed: '{text}' must be a whole number ≥ 0");

    private static double[] ReadThetas(string path)
    {
        using var document = JsonLines.Parse(ReadFile(path, "--thetas"), path);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array) throw new CliException($"{path}: must be a JSON array of numbers");
        return [.. root.EnumerateArray().Select((value, i) => JsonLines.Number(value, $"{path}: [{i}]"))];
    }

    private static List<IReadOnlyList<double>> ReadUniforms(string path)
    {
        using var document = JsonLines.Parse(ReadFile(path, "--uniforms"), path);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array) throw new CliException($"{path}: must be a JSON array with one array of numbers per examinee");
        var rows = new List<IReadOnlyList<double>>();
        int j = 0;
        foreach (var row in root.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array) throw new CliException($"{path}: [{j}]: must be an array of numbers in [0, 1)");
            var values = new List<double>();
            int k = 0;
            foreach (var value in row.EnumerateArray())
            {
                double u = JsonLines.Number(value, $"{path}: [{j}][{k}]");
                if (u is < 0 or >= 1) throw new CliException($"{path}: [{j}][{k}]: must be in [0, 1) (got {u})");
                values.Add(u);
                k++;
            }
            rows.Add(values);
            j++;
        }
        return rows;
    }

    private static byte[] ReadFile(string path, string flag)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{flag}: cannot read {path} ({e.Message})");
        }
    }

    private static void Write(SimulationReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, RequestLoop.Output with { Indented = true }))
        {
            var s = report.Summary;
            writer.WriteStartObject();
            writer.WriteStartObject("summary");
            writer.WriteNumber("n", s.N);
            writer.WriteNumber("rmse", s.Rmse);
            writer.WriteNumber("bias", s.Bias);
            writer.WriteNumber("corr", s.Corr);
            writer.WriteNumber("meanSe", s.MeanSe);
            writer.WriteNumber("meanLength", s.MeanLength);
            writer.WriteNumber("maxExposure", s.MaxExposure);
            writer.WriteNumber("unusedShare", s.UnusedShare);
            writer.WriteStartArray("conditionalSe");
            foreach (var band in s.ConditionalSe)
            {
                writer.WriteStartObject();
                writer.WriteNullable("from", band.From);
                writer.WriteNullable("to", band.To);
                writer.WriteNumber("n", band.N);
                writer.WriteNumber("meanSe", band.MeanSe);
                writer.WriteNumber("rmse", band.Rmse);
                writer.WriteNumber("bias", band.Bias);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartArray("examinees");
            foreach (var e in report.Examinees)
            {
                writer.WriteStartObject();
                writer.WriteNumber("trueTheta", e.TrueTheta);
                writer.WriteNumber("theta", e.Theta);
                writer.WriteNumber("se", e.Se);
                writer.WriteStartArray("items");
                foreach (string id in e.Items) writer.WriteStringValue(id);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Flush();
    }
}
