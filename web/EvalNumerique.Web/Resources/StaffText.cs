namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the staff spaces: sign-in, navigation, mediator and admin pages (StaffText.resx: French; StaffText.en.resx: English).</summary>
public sealed class StaffText
{
}
