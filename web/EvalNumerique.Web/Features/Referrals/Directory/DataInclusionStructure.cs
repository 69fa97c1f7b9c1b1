using System.Text.Json;
using M = EvalNumerique.Web.Features.Referrals.Directory.DataInclusionMapping;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>Turns one data·inclusion structure and its services into a <see cref="DirectoryRecord"/>, checking each field.</summary>
internal static class DataInclusionStructure
{
    public static DirectoryRecord? Parse(JsonElement structure, IReadOnlyList<JsonArrayElement> services, RowReport report)
    {
        var source = JsonFields.Text(report, structure, "source");
        var id = FieldChecks.Required(report, "id", JsonFields.Text(report, structure, "id"), "every structure needs an identifier that is unique in the file.");
        var name = FieldChecks.Required(report, "nom", JsonFields.Text(report, structure, "nom"), "every structure needs a name.");
        var address = FieldChecks.Required(report, "adresse", JsonFields.Text(report, structure, "adresse"), "a place without a street address cannot be shown on a referral sheet.");
        var postalCode = FieldChecks.PostalCode(report, "code_postal", JsonFields.Text(report, structure, "code_postal"));
        var commune = FieldChecks.Required(report, "commune", JsonFields.Text(report, structure, "commune"), "a place without its commune cannot be shown on a referral sheet.");
        var inseeCode = FieldChecks.InseeCode(report, "code_insee", JsonFields.Text(report, structure, "code_insee"));
        var latitude = JsonFields.Number(report, structure, "latitude");
        var longitude = JsonFields.Number(report, structure, "longitude");
        var updatedOn = FieldChecks.UpdatedOn(report, "date_maj", JsonFields.Text(report, structure, "date_maj"));
        if (report.HasErrors) return null;
        (latitude, longitude) = FieldChecks.Coordinates(report, latitude, longitude, "latitude", "longitude");
        if (report.HasErrors) return null;

        var thematiques = JsonFields.List(report, structure, "thematiques");
        var serviceCodes = new ServiceCodes();
        var bookingUrl = "";
        foreach (var service in services)
        {
            if (service.Value.ValueKind != JsonValueKind.Object) continue;
            var serviceReport = new RowReport(service.Line);
            thematiques.AddRange(JsonFields.List(serviceReport, service.Value, "thematiques"));
            serviceCodes.Types.AddRange(JsonFields.List(serviceReport, service.Value, "types"));
            serviceCodes.ModesAccueil.AddRange(JsonFields.List(serviceReport, service.Value, "modes_accueil"));
            serviceCodes.Frais.AddRange(JsonFields.List(serviceReport, service.Value, "frais"));
            serviceCodes.Profils.AddRange(JsonFields.List(serviceReport, service.Value, "profils"));
            if (bookingUrl.Length == 0) bookingUrl = FieldChecks.Url(serviceReport, "prise_rdv", JsonFields.Text(serviceReport, service.Value, "prise_rdv"));
            report.Warnings.AddRange(serviceReport.Warnings);
        }

        var servicesList = new List<string>();
        M.AddMapped(servicesList, thematiques, M.ThematiqueToService);
        var fees = new List<string>();
        M.AddMapped(fees, serviceCodes.Frais, M.FraisToFee);
        var publics = new List<string>();
        M.AddMapped(publics, serviceCodes.Profils, M.ProfilToPublic);
        var care = new List<string>();
        M.AddMapped(care, serviceCodes.Profils, M.ProfilToSpecificCare);
        var modes = new List<string>();
        M.AddMapped(modes, serviceCodes.Types.Concat(serviceCodes.ModesAccueil), M.TypeToAccompanimentMode);
        var programs = new List<string>();
        M.AddMapped(programs, JsonFields.List(report, structure, "labels_nationaux", "reseaux_porteurs"), M.LabelToNationalProgram);

        return new DirectoryRecord
        {
            Source = DirectorySources.DataInclusion,
            SourceId = source.Length == 0 ? id : $"{source}:{id}",
            Name = name,
            Typologies = FieldChecks.Enumerated(report, LieuxMediationVocabulary.Typologies, JsonFields.List(report, structure, "typologie"), keepUnknown: true),
            Address = address,
            PostalCode = postalCode,
            InseeCode = inseeCode,
            Commune = commune,
            Latitude = latitude,
            Longitude = longitude,
            Phone = FieldChecks.Phone(report, "telephone", JsonFields.Text(report, structure, "telephone")),
            Emails = FieldChecks.Emails(report, "courriel", MultiValue.Split(JsonFields.Text(report, structure, "courriel"), commaToo: true)),
            Website = FieldChecks.Url(report, "site_web", JsonFields.Text(report, structure, "site_web")),
            BookingUrl = bookingUrl,
            OpeningHours = JsonFields.Text(report, structure, "horaires_ouverture", "horaires_accueil"),
            Summary = JsonFields.Text(report, structure, "presentation_resume", "description"),
            Services = servicesList,
            Publics = publics,
            SpecificCare = care,
            Fees = fees,
            AccompanimentModes = modes,
            NationalPrograms = programs,
            UpdatedOn = updatedOn,
            SourceLine = report.Line,
        };
    }
}
