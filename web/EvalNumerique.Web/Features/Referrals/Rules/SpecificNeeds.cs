namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>
/// Specific needs a mediator can note for a referral, each matching a "prise en charge spécifique"
/// of the national directory standard.
/// </summary>
public static class SpecificNeeds
{
    public static IReadOnlyList<string> All { get; } = ["illiteracy", "foreign-language", "hearing", "visual", "motor", "cognitive"];

    public static bool IsKnown(string id) => All.Contains(id);
}
