using System.Globalization;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EvalNumerique.Web.Tests.Referrals.OpeningHours;

/// <summary>
/// The real OpeningHoursText strings (the compiled resx pair, read by ASP.NET Core's ResourceManagerStringLocalizer)
/// and the culture they are asked in. Expected French strings write a no-break space as "~": French("9~h") is "9\u00A0h".
/// </summary>
public abstract class OpeningHoursTextFixture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected OpeningHoursTextFixture()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        Text = new StringLocalizer<OpeningHoursText>(factory);
        UseCulture("fr-FR");
    }

    protected IStringLocalizer<OpeningHoursText> Text { get; }

    protected static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    protected static void UseCulture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    protected static string French(string text) => text.Replace('~', '\u00A0');

    /// <summary>A wall-clock time in Paris, with the offset Paris had then (+01:00 in winter, +02:00 in summer).</summary>
    protected static DateTimeOffset InParis(int year, int month, int day, int hour, int minute = 0)
    {
        var wallClock = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(wallClock, Paris.GetUtcOffset(wallClock));
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        GC.SuppressFinalize(this);
    }
}
