using System.Globalization;

namespace EvalNumerique.Cli.Input;

/// <summary>Flags of the form <c>--name value</c> or <c>--name=value</c>.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Flags that take no value.</summary>
    private static readonly HashSet<string> SwitchNames = new(StringComparer.Ordinal) { "json", "estimate-latent" };

    public Arguments(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            string arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
                throw new CliException($"unexpected argument '{arg}': flags look like --bank FILE");
            string name = arg[2..];
            string value;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0) { value = name[(equals + 1)..]; name = name[..equals]; }
            else if (SwitchNames.Contains(name)) value = "true";
            else if (e.MoveNext()) value = e.Current;
            else throw new CliException($"--{name} needs a value");
            if (!_values.TryAdd(name, value)) throw new CliException($"--{name} is given twice");
        }
    }

    public string? Optional(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public bool Switch(string name) => Optional(name) is "true";

    public string Required(string name) =>
        Optional(name) ?? throw new CliException($"--{name} is required");

    public int? OptionalInt(string name, int min)
    {
        string? text = Optional(name);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min)
            throw new CliException($"--{name}: '{text}' must be a whole number ≥ {min}");
        return value;
    }

    public double? OptionalDouble(string name)
    {
        string? text = Optional(name);
        if (text is null) return null;
        return ParseDouble(text, $"--{name}");
    }

    /// <summary>A comma-separated list of exactly <paramref name="count"/> numbers, e.g. "61,-6,6".</summary>
    public double[]? OptionalNumbers(string name, int count, string shape)
    {
        string? text = Optional(name);
        if (text is null) return null;
        var parts = text.Split(',');
        if (parts.Length != count) throw new CliException($"--{name}: '{text}' must be {shape}");
        return [.. parts.Select(p => ParseDouble(p.Trim(), $"--{name}"))];
    }

    /// <summary>Fails on a flag that no command read (a typo would otherwise be silently ignored).</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new CliException($"unknown flag --{unknown[0]}");
    }

    private static double ParseDouble(string text, string where) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new CliException($"{where}: '{text}' is not a number");
}
