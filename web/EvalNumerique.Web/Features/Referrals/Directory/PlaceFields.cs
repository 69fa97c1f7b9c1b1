using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>Copies an imported record onto a place and lists the fields that changed (for the place's history).</summary>
public static class PlaceFields
{
    public static Dictionary<string, (string? Old, string? New)> Apply(DirectoryRecord record, DirectoryPlace place)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(place);
        var changes = new Dictionary<string, (string? Old, string? New)>(StringComparer.Ordinal);
        void Set(string name, string? current, string? value, Action<string?> assign)
        {
            value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            current = string.IsNullOrWhiteSpace(current) ? null : current;
            if (string.Equals(current, value, StringComparison.Ordinal)) return;
            changes[name] = (current, value);
            assign(value);
        }

        Set(nameof(place.Name), place.Name, record.Name, v => place.Name = v ?? "");
        Set(nameof(place.Typologies), place.Typologies, RuleMatch.Join(record.Typologies), v => place.Typologies = v ?? "");
        Set(nameof(place.Address), place.Address, record.Address, v => place.Address = v ?? "");
        Set(nameof(place.PostalCode), place.PostalCode, record.PostalCode, v => place.PostalCode = v ?? "");
        Set(nameof(place.InseeCode), place.InseeCode, record.InseeCode, v => place.InseeCode = v);
        Set(nameof(place.Commune), place.Commune, record.Commune, v => place.Commune = v ?? "");
        Set(nameof(place.Latitude), Number(place.Latitude), Number(record.Latitude), v => place.Latitude = record.Latitude);
        Set(nameof(place.Longitude), Number(place.Longitude), Number(record.Longitude), v => place.Longitude = record.Longitude);
        Set(nameof(place.Phone), place.Phone, record.Phone, v => place.Phone = v);
        Set(nameof(place.Emails), place.Emails, RuleMatch.Join(record.Emails), v => place.Emails = v ?? "");
        Set(nameof(place.Website), place.Website, record.Website, v => place.Website = v);
        Set(nameof(place.BookingUrl), place.BookingUrl, record.BookingUrl, v => place.BookingUrl = v);
        Set(nameof(place.OpeningHours), place.OpeningHours, record.OpeningHours, v => place.OpeningHours = v);
        Set(nameof(place.Summary), place.Summary, record.Summary, v => place.Summary = v);
        Set(nameof(place.Services), place.Services, RuleMatch.Join(record.Services), v => place.Services = v ?? "");
        Set(nameof(place.Publics), place.Publics, RuleMatch.Join(record.Publics), v => place.Publics = v ?? "");
        Set(nameof(place.SpecificCare), place.SpecificCare, RuleMatch.Join(record.SpecificCare), v => place.SpecificCare = v ?? "");
        Set(nameof(place.Fees), place.Fees, RuleMatch.Join(record.Fees), v => place.Fees = v ?? "");
        Set(nameof(place.AccessModes), place.AccessModes, RuleMatch.Join(record.AccessModes), v => place.AccessModes = v ?? "");
        Set(nameof(place.AccompanimentModes), place.AccompanimentModes, RuleMatch.Join(record.AccompanimentModes), v => place.AccompanimentModes = v ?? "");
        Set(nameof(place.NationalPrograms), place.NationalPrograms, RuleMatch.Join(record.NationalPrograms), v => place.NationalPrograms = v ?? "");
        Set(nameof(place.UpdatedOn), place.UpdatedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            record.UpdatedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), _ => place.UpdatedOn = record.UpdatedOn);
        return changes;
    }

    private static string? Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
