namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>One individual accompaniment in the words of La Coop de la médiation numérique: one row of the CSV.</summary>
/// <param name="CheckId">The check it comes from (to tell rows already entered in the Coop).</param>
/// <param name="Date">The day of the check in French time.</param>
/// <param name="DurationMinutes">Its duration in minutes, 1 to <see cref="CoopAccompanimentMapping.MaxMinutes"/>.</param>
/// <param name="PlaceType">"Lieu d'activité" for a kiosk check; null when unknown (an invitation may be done at home).</param>
/// <param name="PlaceName">The structure's name.</param>
/// <param name="Autonomy">The person's autonomy (3 levels).</param>
/// <param name="Themes">Themes of digital mediation, "Diagnostic numérique" first.</param>
/// <param name="AdministrativeThemes">Themes of administrative procedures (only with "Aide aux démarches administratives").</param>
/// <param name="Redirections">The kinds of the structures the person is sent to, distinct, in the sheet's order.</param>
/// <param name="Places">The names of the places the person is sent to, in the sheet's order.</param>
public sealed record CoopAccompaniment(
    Guid CheckId,
    DateOnly Date,
    int DurationMinutes,
    CoopTerm? PlaceType,
    string PlaceName,
    CoopTerm Autonomy,
    IReadOnlyList<CoopTerm> Themes,
    IReadOnlyList<CoopTerm> AdministrativeThemes,
    IReadOnlyList<CoopTerm> Redirections,
    IReadOnlyList<string> Places)
{
    /// <summary>"Bénéficiaire réorienté": at least one place was chosen and not abandoned.</summary>
    public bool Oriented => Places.Count > 0;
}
