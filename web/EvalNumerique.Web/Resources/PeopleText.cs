namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of people's records, invitations and notes (PeopleText.resx: French; PeopleText.en.resx: English).</summary>
public sealed class PeopleText
{
}
