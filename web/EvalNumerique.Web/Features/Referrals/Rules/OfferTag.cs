using System.Globalization;
using System.Text;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>
/// An offer a rule looks for, "kind:value" — e.g. "program:Aidants Connect". The value matches a
/// place's value that starts with it, ignoring case and accents, so "accompaniment:Dans un atelier
/// collectif" matches the standard's long form "Dans un atelier collectif : j'apprends…".
/// </summary>
public readonly record struct OfferTag(string Kind, string Value)
{
    public static IReadOnlyList<string> Kinds { get; } = ["service", "program", "care", "accompaniment", "typology", "fee"];

    /// <summary>Reads "kind:value"; null when the kind is unknown or the value empty.</summary>
    public static OfferTag? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        string kind = text[..colon].Trim().ToLowerInvariant();
        string value = text[(colon + 1)..].Trim();
        return Kinds.Contains(kind) && value.Length > 0 ? new OfferTag(kind, value) : null;
    }

    public bool IsOfferedBy(DirectoryPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        string values = Kind switch
        {
            "service" => place.Services,
            "program" => place.NationalPrograms,
            "care" => place.SpecificCare,
            "accompaniment" => place.AccompanimentModes,
            "typology" => place.Typologies,
            "fee" => place.Fees,
            _ => "",
        };
        string wanted = Fold(Value);
        foreach (string offered in values.Split(DirectoryPlace.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Fold(offered).StartsWith(wanted, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public override string ToString() => $"{Kind}:{Value}";

    /// <summary>Lower case without accents, typographic apostrophes made straight.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
