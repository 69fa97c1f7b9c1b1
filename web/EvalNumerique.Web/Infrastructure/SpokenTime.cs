using System.Globalization;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>A date and time as people say them: "jeudi 3 décembre, à 10 h" / "10 h 30"; "Thursday 3 December, at 10:30".</summary>
public static class SpokenTime
{
    public static string Of(DateTimeOffset at, string language)
    {
        var local = FrenchTime.Local(at);
        var culture = CultureInfo.CurrentCulture;
        string day = local.ToString("dddd d MMMM", culture);
        if (language == "en") return string.Create(culture, $"{day}, at {local:HH:mm}");
        string time = local.Minute == 0 ? $"{local.Hour}\u00a0h" : string.Create(culture, $"{local.Hour}\u00a0h\u00a0{local.Minute:00}");
        return $"{day}, à {time}";
    }
}
