using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>A directory place as staff and the sheet show it.</summary>
public sealed record PlaceCard(
    int Id,
    string Name,
    string Address,
    string PostalCode,
    string Commune,
    string? Phone,
    string? Website,
    string? BookingUrl,
    string? OpeningHours,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> NationalPrograms,
    bool Free,
    DateOnly? UpdatedOn,
    bool IsDemo)
{
    /// <summary>Data older than this may be wrong: the page says so.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(365);

    public bool IsStale(DateTimeOffset now) =>
        UpdatedOn is not { } on || now - new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) > StaleAfter;

    /// <summary>The link a QR code on the sheet points to: the booking page, else the website.</summary>
    public string? Link => BookingUrl ?? Website;

    public static PlaceCard Of(DirectoryPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new PlaceCard(place.Id, place.Name, place.Address, place.PostalCode, place.Commune, place.Phone,
            FirstUrl(place.Website), FirstUrl(place.BookingUrl), place.OpeningHours,
            RuleMatch.List(place.Services), RuleMatch.List(place.NationalPrograms),
            Matching.ReferralRanking.IsFree(place), place.UpdatedOn, place.IsDemo);
    }

    /// <summary>The phone as a <c>tel:</c> link (spaces removed), or null.</summary>
    public string? PhoneLink => Phone is null ? null : "tel:" + new string([.. Phone.Where(c => char.IsDigit(c) || c == '+')]);

    /// <summary>Only http(s) links are shown or encoded: a directory value is not trusted as a URL.</summary>
    private static string? FirstUrl(string? value) =>
        value?.Split([';', '|', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Directory.FieldChecks.IsWebAddress);
}
