using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>Finding places by what staff type: a part of the name or commune (case and accents ignored) or the start of the postal code.</summary>
public static class PlaceSearch
{
    public static string Fold(string? text) => OfferTag.Fold(text?.Trim() ?? "");

    public static bool Matches(DirectoryPlace place, string folded)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(folded);
        return folded.Length == 0
            || OfferTag.Fold(place.Name).Contains(folded, StringComparison.Ordinal)
            || OfferTag.Fold(place.Commune).Contains(folded, StringComparison.Ordinal)
            || place.PostalCode.StartsWith(folded, StringComparison.Ordinal);
    }
}
