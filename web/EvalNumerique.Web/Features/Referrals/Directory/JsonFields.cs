using System.Globalization;
using System.Text.Json;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>Lenient reads of a data·inclusion object's properties: files mix numbers and strings, arrays and joined strings.</summary>
internal static class JsonFields
{
    /// <summary>The first present, non-null property among <paramref name="names"/> as text; numbers as written.</summary>
    public static string Text(RowReport report, JsonElement item, params string[] names)
    {
        foreach (var name in names)
        {
            if (!item.TryGetProperty(name, out var value)) continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString()!.Trim();
                case JsonValueKind.Number:
                case JsonValueKind.True:
                case JsonValueKind.False:
                    return value.GetRawText();
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    continue;
                default:
                    report.Warn(name, $"{name} should be text but is a JSON {Kind(value)}; it was ignored.");
                    continue;
            }
        }
        return "";
    }

    /// <summary>An array of strings, or one string of codes separated by , ; or |.</summary>
    public static List<string> List(RowReport report, JsonElement item, params string[] names)
    {
        var values = new List<string>();
        foreach (var name in names)
        {
            if (!item.TryGetProperty(name, out var value)) continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var entry in value.EnumerateArray())
                        if (entry.ValueKind == JsonValueKind.String) MultiValue.AddDistinct(values, entry.GetString()!);
                    break;
                case JsonValueKind.String:
                    foreach (var entry in MultiValue.Split(value.GetString(), commaToo: true)) MultiValue.AddDistinct(values, entry);
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    report.Warn(name, $"{name} should be a list of codes but is a JSON {Kind(value)}; it was ignored.");
                    break;
            }
        }
        return values;
    }

    public static double? Number(RowReport report, JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value)) return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            case JsonValueKind.String:
                return FieldChecks.ParseCoordinate(report, name, value.GetString());
            case JsonValueKind.Null:
                return null;
            default:
                report.Error(name, $"{name} should be a number but is {value.GetRawText()}; use a number with a dot as decimal separator, for example 46.5012.");
                return null;
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture);
}
