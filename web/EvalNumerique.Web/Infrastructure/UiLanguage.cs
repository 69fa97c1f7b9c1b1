using System.Globalization;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>The language of the page being rendered: "en" when the reader chose English, else "fr" (French first).</summary>
public static class UiLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "fr";
}
