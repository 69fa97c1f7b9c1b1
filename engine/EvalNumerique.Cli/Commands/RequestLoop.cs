using System.Text;
using System.Text.Json;
using EvalNumerique.Cli.Input;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// JSON Lines in, JSON Lines out: one answer line per request line. A bad line gets
/// <c>{"error": "line N: field: what is wrong"}</c> on stdout (so outputs stay aligned with inputs)
/// and the same message on stderr; the following lines are still answered; the exit code is 1.
/// Blank lines are skipped.
/// </summary>
public static class RequestLoop
{
    /// <summary>Readable output: ids and messages keep their accents and quotes (still valid JSON).</summary>
    public static readonly JsonWriterOptions Output = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string command, TextReader input, TextWriter output, TextWriter error, Action<string, Utf8JsonWriter> answer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(answer);
        int lineNumber = 0, failures = 0;
        var buffer = new MemoryStream();
        for (string? line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            lineNumber++;
            if (lineNumber == 1) line = line.TrimStart('\uFEFF'); // a UTF-8 byte-order mark is not part of the JSON
            if (string.IsNullOrWhiteSpace(line)) continue;
            buffer.SetLength(0);
            try
            {
                using (var writer = new Utf8JsonWriter(buffer, Output))
                    answer(line, writer);
                output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            catch (Exception e) when (e is CliException or ArgumentException or InvalidOperationException)
            {
                // Engine refusals (an impossible pattern on the grid, say) are this line's problem, not the run's.
                failures++;
                string message = $"line {lineNumber}: {e.Message}";
                error.WriteLine($"evalnum {command}: {message}");
                buffer.SetLength(0);
                using (var writer = new Utf8JsonWriter(buffer, Output))
                {
                    writer.WriteStartObject();
                    writer.WriteString("error", message);
                    writer.WriteEndObject();
                }
                output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
        }
        output.Flush();
        return failures == 0 ? 0 : 1;
    }
}
