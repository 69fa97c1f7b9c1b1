using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>
/// The bank check behind <c>evalnum validate --itembank DIR</c>: loads the bank, writes the figures (by domain,
/// competence, level, type, status, simulations) and every diagnostic as <c>path:line: severity: message</c>,
/// and returns the exit code — 0 when there is no error (warnings do not fail), 1 otherwise.
/// </summary>
public static class BankCheck
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Checks the bank in <paramref name="itembankDirectory"/>, writes the report and returns the exit code.</summary>
    /// <param name="itembankDirectory">The <c>itembank/</c> folder.</param>
    /// <param name="output">Where the report goes (e.g. <see cref="Console.Out"/>).</param>
    /// <param name="json">Write the report as JSON instead of text.</param>
    public static int Run(string itembankDirectory, TextWriter output, bool json = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var report = BankReport.From(ItemBankLoader.Load(itembankDirectory));
        if (json)
        {
            WriteJson(report, output);
        }
        else
        {
            WriteText(report, output);
        }

        return ExitCode(report);
    }

    /// <summary>0 when the report has no error, 1 otherwise.</summary>
    public static int ExitCode(BankReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Errors == 0 ? 0 : 1;
    }

    /// <summary>Writes the report as JSON (camelCase, severities as "error"/"warning").</summary>
    public static void WriteJson(BankReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, Json));
    }

    /// <summary>Writes the report for people: figures, then one diagnostic per line, then the verdict.</summary>
    public static void WriteText(BankReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Item bank: {report.Root}");
        output.WriteLine($"Items: {report.Items} loaded of {report.ItemFiles} files; simulations: {report.Simulations}");
        Section(output, "By domain", report.ByDomain);
        Section(output, "By competence", report.ByCompetence);
        Section(output, "By level", report.ByLevel);
        Section(output, "By type", report.ByType);
        Section(output, "By status", report.ByStatus);
        output.WriteLine();
        output.WriteLine($"Diagnostics: {report.Errors} error(s), {report.Warnings} warning(s)");
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        output.WriteLine(report.Errors == 0
            ? "Result: OK"
            : $"Result: FAILED — {report.Errors} error(s); the items concerned are not loaded.");
    }

    private static void Section(TextWriter output, string title, IReadOnlyDictionary<string, int> counts)
    {
        output.WriteLine();
        output.WriteLine($"{title}:");
        var width = counts.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        foreach (var (key, count) in counts)
        {
            output.WriteLine($"  {key.PadRight(width)}  {count,4}");
        }
    }
}
