using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Checks shared by both readers. Each check reads one value, reports into the row's
/// <see cref="RowReport"/> (an error skips the row, a warning keeps it) and returns the clean value.
/// Patterns are the LMN schema's (LaMednum/standard-mediation-num <c>schema.json</c>).
/// </summary>
internal static partial class FieldChecks
{
    public static string Required(RowReport report, string field, string? value, string why)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) report.Error(field, $"{field} is empty; {why}");
        return text;
    }

    public static string PostalCode(RowReport report, string field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            report.Error(field, $"{field} is empty; every place needs its 5-digit postal code, for example 75011.");
            return text;
        }
        if (PostalCodePattern().IsMatch(text)) return text;
        var hint = text.Length == 4 && text.All(char.IsAsciiDigit)
            ? $" A spreadsheet may have removed a leading 0: write 0{text} and format the column as text."
            : " For example 75011.";
        report.Error(field, $"{field} \"{text}\" is not a postal code; it must have exactly 5 digits.{hint}");
        return text;
    }

    public static string InseeCode(RowReport report, string field, string? value)
    {
        var text = value?.Trim().ToUpperInvariant() ?? "";
        if (text.Length == 0 || InseeCodePattern().IsMatch(text)) return text;
        report.Error(field, $"{field} \"{text}\" is not a commune code: it needs 5 digits, or 2A or 2B and 3 digits in Corsica (for example 2A004). Leave it empty if you do not know it.");
        return "";
    }

    /// <summary>Reads a coordinate written in a file. A decimal comma is read, with a warning (see the remarks of <see cref="LieuxMediationCsvReader"/>).</summary>
    public static double? ParseCoordinate(RowReport report, string field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number;
        var withDot = text.Replace(',', '.');
        if (text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal)
            && double.TryParse(withDot, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number))
        {
            report.Warn(field, $"{field} \"{text}\" uses a decimal comma; it was read as {withDot}. Write {withDot} to remove this warning.");
            return number;
        }
        report.Error(field, $"{field} \"{text}\" is not a number; use a dot as decimal separator, for example 46.5012.");
        return null;
    }

    /// <summary>Checks a pair of coordinates; returns both or neither.</summary>
    public static (double? Latitude, double? Longitude) Coordinates(
        RowReport report, double? latitude, double? longitude, string latitudeField, string longitudeField)
    {
        var inRange = true;
        if (latitude is { } lat && (lat < -90 || lat > 90))
        {
            report.Error(latitudeField, $"{latitudeField} {lat.ToString(CultureInfo.InvariantCulture)} is outside -90 to 90; check that latitude and longitude are not swapped.");
            inRange = false;
        }
        if (longitude is { } lon && (lon < -180 || lon > 180))
        {
            report.Error(longitudeField, $"{longitudeField} {lon.ToString(CultureInfo.InvariantCulture)} is outside -180 to 180; check that latitude and longitude are not swapped.");
            inRange = false;
        }
        if (!inRange) return (null, null);
        if (latitude is null != longitude is null)
        {
            var (given, missing) = latitude is null ? (longitudeField, latitudeField) : (latitudeField, longitudeField);
            report.Warn(missing, $"{given} is given but {missing} is empty; the place was kept without a map position. Fill both or neither.");
            return (null, null);
        }
        if (latitude == 0 && longitude == 0)
        {
            report.Warn(latitudeField, $"{latitudeField} and {longitudeField} are both 0, a point in the ocean; the place was kept without a map position. Fill in the real coordinates or leave both empty.");
            return (null, null);
        }
        return (latitude, longitude);
    }

    /// <summary>
    /// Reads <c>date_maj</c>: ISO 8601 YYYY-MM-DD as the schema says, or a full ISO timestamp as the
    /// ANCT data·inclusion export writes (<c>toISOString()</c>). Empty is a warning: the schema asks for it.
    /// </summary>
    public static DateOnly? UpdatedOn(RowReport report, string field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            report.Warn(field, $"{field} is empty; the place was kept, but nobody can tell how recent its information is. Write the date of the last update as YYYY-MM-DD.");
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return DateOnly.FromDateTime(stamp.UtcDateTime);
        report.Error(field, $"{field} \"{text}\" is not a date in the form YYYY-MM-DD, for example 2025-03-14.");
        return null;
    }

    /// <summary>An http(s) address, or empty with a warning when the text is not one.</summary>
    public static string Url(RowReport report, string field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || IsWebAddress(text)) return text;
        report.Warn(field, $"{field} \"{text}\" is not a web address starting with https:// or http://; it was left out.");
        return "";
    }

    public static string FirstUrl(RowReport report, string field, IEnumerable<string> values)
    {
        var first = "";
        foreach (var value in values)
        {
            var url = Url(report, field, value);
            if (first.Length == 0) first = url;
        }
        return first;
    }

    public static List<string> Emails(RowReport report, string field, IEnumerable<string> values)
    {
        var emails = new List<string>();
        foreach (var value in values)
        {
            if (MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal))
                MultiValue.AddDistinct(emails, value);
            else
                report.Warn(field, $"{field} \"{value}\" is not an e-mail address; it was left out.");
        }
        return emails;
    }

    /// <summary>Kept as written (the schema asks for +33…, French files write 01 23 45 67 89); only nonsense is flagged.</summary>
    public static string Phone(RowReport report, string field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) return text;
        var digits = new string(text.Where(c => !(c is ' ' or '.' or '-' or '(' or ')' or '\u00A0')).ToArray());
        if (!PhonePattern().IsMatch(digits))
            report.Warn(field, $"{field} \"{text}\" does not look like a phone number (10 digits, or + and the country code); it was kept as written.");
        return text;
    }

    /// <summary>
    /// Maps a cell's values onto a vocabulary. Older names are translated with a warning; unknown
    /// values are left out with a warning, except when <paramref name="keepUnknown"/> (structure
    /// types: the list evolves with data·inclusion and an unknown code harms no referral).
    /// </summary>
    public static List<string> Enumerated(RowReport report, Vocabulary vocabulary, IEnumerable<string> values, bool keepUnknown = false)
    {
        var result = new List<string>();
        foreach (var value in values)
        {
            var match = vocabulary.Match(value);
            switch (match.Kind)
            {
                case VocabularyMatchKind.Known:
                    MultiValue.AddDistinct(result, match.Value);
                    break;
                case VocabularyMatchKind.OlderName:
                    report.Warn(vocabulary.Field, $"{vocabulary.Field} \"{value}\" is an older name; it was read as \"{match.Value}\".");
                    MultiValue.AddDistinct(result, match.Value);
                    break;
                default:
                    report.Warn(vocabulary.Field, UnknownValueMessage(vocabulary, value, keepUnknown));
                    if (keepUnknown) MultiValue.AddDistinct(result, match.Value);
                    break;
            }
        }
        return result;
    }

    private static string UnknownValueMessage(Vocabulary vocabulary, string value, bool kept)
    {
        var outcome = kept ? "it was kept as written" : "it was left out";
        if (vocabulary.Values.Count > 12)
        {
            var hint = value.Trim().Equals("FS", StringComparison.OrdinalIgnoreCase) ? " France Services desks use RFS." : "";
            return $"{vocabulary.Field} \"{value}\" is not in the schema's list; {outcome}.{hint}";
        }
        return $"{vocabulary.Field} \"{value}\" is not in the schema's list; {outcome}. Allowed values: {string.Join(" | ", vocabulary.Values)}.";
    }

    /// <summary>An absolute http(s) address with a dotted host: the only links the app shows or encodes.</summary>
    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^([013-9][0-9]|2[AB1-9])[0-9]{3}$")]
    private static partial Regex InseeCodePattern();

    [GeneratedRegex(@"^(\+[0-9]{8,15}|0[0-9]{9}|[0-9]{4})$")]
    private static partial Regex PhonePattern();
}
