using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Features.Referrals.Matching;

/// <summary>
/// Whether a place that says it receives specific publics ("publics spécifiquement adressés":
/// Jeunes, Étudiants, Familles et/ou enfants, Seniors, Femmes) suits the person: a youth point is
/// not for someone in their seventies. Unknown facts never exclude a place; they only rank it
/// after the places open to everyone.
/// </summary>
public enum PublicFit
{
    /// <summary>The place declares no specific public.</summary>
    Everyone,

    /// <summary>One of its publics fits what is known of the person.</summary>
    Fits,

    /// <summary>Its publics might fit; what would tell is not known (age, family, gender).</summary>
    Unknown,

    /// <summary>None of its publics can fit the person.</summary>
    NotForThem,
}

/// <summary>Computes <see cref="PublicFit"/>.</summary>
public static class PublicFits
{
    public static PublicFit Of(DirectoryPlace place, OrientationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(facts);
        var publics = RuleMatch.List(place.Publics);
        if (publics.Count == 0) return PublicFit.Everyone;
        var answers = publics.Select(p => Of(OfferTag.Fold(p), facts)).ToList();
        if (answers.Contains(true)) return PublicFit.Fits;
        return answers.All(a => a == false) ? PublicFit.NotForThem : PublicFit.Unknown;
    }

    /// <summary>True: fits; false: cannot fit; null: not known.</summary>
    private static bool? Of(string folded, OrientationFacts facts)
    {
        if (folded.StartsWith("senior", StringComparison.Ordinal))
            return facts.OldestAge is { } oldest ? (oldest >= 60 ? true : oldest < 55 ? false : null) : null;
        if (folded.StartsWith("jeune", StringComparison.Ordinal) || folded.StartsWith("etudiant", StringComparison.Ordinal))
            return facts.YoungestAge is { } youngest ? (youngest <= 25 ? true : youngest > 30 ? false : null) : null;
        if (folded.StartsWith("famille", StringComparison.Ordinal))
            return facts.Needs.Contains("family") ? true : null;
        return null;
    }
}
