namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the admin screens: structures, accounts, audit log (AdminText.resx: French; AdminText.en.resx: English).</summary>
public sealed class AdminText
{
}
