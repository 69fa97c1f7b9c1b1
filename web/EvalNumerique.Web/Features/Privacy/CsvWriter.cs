using System.Text;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// Writes CSV as French Excel opens it with a double click: UTF-8 with a byte order mark, ";" as
/// separator, CRLF line ends, RFC 4180 quoting. A text cell that starts with = + - @, a tab or a
/// carriage return gets a leading apostrophe, so a spreadsheet never runs it as a formula
/// (OWASP, "CSV injection").
/// </summary>
public sealed class CsvWriter
{
    public const char Separator = ';';
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder _text = new();

    public CsvWriter Row(params IEnumerable<CsvCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        bool first = true;
        foreach (var cell in cells)
        {
            if (!first) _text.Append(Separator);
            _text.Append(Escape(cell));
            first = false;
        }
        _text.Append("\r\n");
        return this;
    }

    /// <summary>The file's bytes: UTF-8 with its byte order mark (without it Excel reads "é" as "Ã©").</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    public override string ToString() => _text.ToString();

    /// <summary>The cell as written in the file: neutralised if it is text, then quoted if needed.</summary>
    public static string Escape(CsvCell cell)
    {
        string value = cell.IsNumber ? cell.Value : Neutralise(cell.Value);
        bool quote = value.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) >= 0;
        return quote ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>A leading apostrophe before a character a spreadsheet would read as the start of a formula.</summary>
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
