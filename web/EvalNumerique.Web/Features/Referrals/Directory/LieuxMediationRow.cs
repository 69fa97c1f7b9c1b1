using C = EvalNumerique.Web.Features.Referrals.Directory.LieuxMediationColumns;
using V = EvalNumerique.Web.Features.Referrals.Directory.LieuxMediationVocabulary;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>Turns one LMN CSV row (values by column name) into a <see cref="DirectoryRecord"/>, checking each field.</summary>
internal static class LieuxMediationRow
{
    public static DirectoryRecord? Parse(Func<string, string> cell, RowReport report)
    {
        var id = FieldChecks.Required(report, C.Id, cell(C.Id), "every place needs an identifier that is unique in the file.");
        var name = FieldChecks.Required(report, C.Nom, cell(C.Nom), "every place needs a name.");
        var address = FieldChecks.Required(report, C.Adresse, cell(C.Adresse), "every place needs its street address so people can find it.");
        var postalCode = FieldChecks.PostalCode(report, C.CodePostal, cell(C.CodePostal));
        var commune = FieldChecks.Required(report, C.Commune, cell(C.Commune), "every place needs the name of its commune.");
        var inseeCode = FieldChecks.InseeCode(report, C.CodeInsee, cell(C.CodeInsee));
        var latitude = FieldChecks.ParseCoordinate(report, C.Latitude, cell(C.Latitude));
        var longitude = FieldChecks.ParseCoordinate(report, C.Longitude, cell(C.Longitude));
        var updatedOn = FieldChecks.UpdatedOn(report, C.DateMaj, cell(C.DateMaj));
        if (report.HasErrors) return null;

        (latitude, longitude) = FieldChecks.Coordinates(report, latitude, longitude, C.Latitude, C.Longitude);
        if (report.HasErrors) return null;

        var services = FieldChecks.Enumerated(report, V.Services, MultiValue.Split(cell(C.Services)));
        if (services.Count == 0)
            report.Warn(C.Services, "services is empty; the place was kept, but no need of a person will lead to it. List what it offers, for example Aide aux démarches administratives.");

        return new DirectoryRecord
        {
            Source = DirectorySources.LieuxMediationNumerique,
            SourceId = id,
            Name = name,
            Typologies = FieldChecks.Enumerated(report, V.Typologies, MultiValue.Split(cell(C.Typologie), commaToo: true), keepUnknown: true),
            Address = address,
            PostalCode = postalCode,
            InseeCode = inseeCode,
            Commune = commune,
            Latitude = latitude,
            Longitude = longitude,
            Phone = FieldChecks.Phone(report, C.Telephone, cell(C.Telephone)),
            Emails = FieldChecks.Emails(report, C.Courriels, MultiValue.Split(cell(C.Courriels), commaToo: true)),
            Website = FieldChecks.FirstUrl(report, C.SiteWeb, MultiValue.Split(cell(C.SiteWeb))),
            BookingUrl = FieldChecks.Url(report, C.PriseRdv, cell(C.PriseRdv)),
            OpeningHours = cell(C.Horaires).Trim(),
            Summary = cell(C.PresentationResume).Trim(),
            Services = services,
            Publics = FieldChecks.Enumerated(report, V.Publics, MultiValue.Split(cell(C.Publics))),
            SpecificCare = FieldChecks.Enumerated(report, V.SpecificCare, MultiValue.Split(cell(C.SpecificCare))),
            Fees = FieldChecks.Enumerated(report, V.Fees, MultiValue.Split(cell(C.Fees))),
            AccessModes = FieldChecks.Enumerated(report, V.AccessModes, MultiValue.Split(cell(C.AccessModes))),
            AccompanimentModes = FieldChecks.Enumerated(report, V.AccompanimentModes, MultiValue.Split(cell(C.AccompanimentModes))),
            NationalPrograms = FieldChecks.Enumerated(report, V.NationalPrograms, MultiValue.Split(cell(C.NationalPrograms))),
            UpdatedOn = updatedOn,
            SourceLine = report.Line,
        };
    }
}
