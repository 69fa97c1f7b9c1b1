namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// The consent question shown to an invited person (strings Consent* in UiText). Its version is
/// stored with the consent, so a record always says which words the person agreed to.
/// </summary>
public static class ConsentText
{
    /// <summary>Change it whenever the Consent* strings change in meaning.</summary>
    public const string Version = "2026-11-falc-1";
}
