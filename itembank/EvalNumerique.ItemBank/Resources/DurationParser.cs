using System.Globalization;
using System.Text.RegularExpressions;

namespace EvalNumerique.ItemBank.Resources;

/// <summary>Reads durations written by trainers: <c>15</c>, <c>15 min</c>, <c>1 h</c>, <c>1h30</c>, <c>PT15M</c>.</summary>
public static partial class DurationParser
{
    /// <summary>Minutes, or <see langword="null"/> when the text is not a duration.</summary>
    public static int? ToMinutes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DurationPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var plain = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        return (hours * 60) + minutes + plain;
    }

    [GeneratedRegex(@"^(?:(?<n>\d{1,4})(?:\s*(?:min|minutes?|mn))?|PT(?:(?<h>\d{1,2})H)?(?:(?<m>\d{1,3})M)?|(?<h>\d{1,2})\s*h(?:eures?)?\s*(?<m>\d{1,2})?(?:\s*min)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
