using EvalNumerique.Web.Features.Referrals.OpeningHours;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Referrals;

/// <summary>A place's published opening hours read at an instant, in the place's own time zone.</summary>
public static class PlaceHours
{
    /// <summary>Now when open now, else the next opening in the look-ahead; null when the hours are unknown or unreadable.</summary>
    public static DateTimeOffset? NextOpening(string? openingHours, string? postalCode, DateTimeOffset now)
    {
        var parsed = OpeningHoursParser.Parse(openingHours);
        if (parsed.Schedule is null) return null;
        var status = OpeningStatusCalculator.At(parsed.Schedule, now, FrenchTime.ZoneFor(postalCode));
        return status.IsOpen ? now : status.NextOpening;
    }
}
