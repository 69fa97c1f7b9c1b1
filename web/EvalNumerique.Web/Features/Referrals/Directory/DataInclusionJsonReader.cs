using System.Text.Json;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Reads data·inclusion structures (and optionally their services) from JSON into
/// <see cref="DirectoryRecord"/>s: one record per structure, with its services' thematiques, types,
/// frais, profils and modes d'accueil merged into the LMN vocabulary by <see cref="DataInclusionMapping"/>.
/// </summary>
/// <remarks>
/// The data·inclusion schema (gip-inclusion/data-inclusion-schema) defines two separate lists,
/// structures and services, joined by <c>structure_id</c> (and <c>source</c>); that is the main form.
/// The schema itself has no services inside a structure, but a structure that carries a
/// <c>services</c> array (as some API answers and hand-made files do) is read too. Field names of
/// schema v0 and v1 are both accepted (<c>horaires_ouverture</c>/<c>horaires_accueil</c>,
/// <c>labels_nationaux</c>/<c>reseaux_porteurs</c>, <c>presentation_resume</c>/<c>description</c>).
/// A place without address, postal code or commune is skipped, as in the CSV: it cannot be shown
/// on a referral sheet.
/// </remarks>
public static class DataInclusionJsonReader
{
    public static DirectoryReadResult Read(Stream structures, Stream? services, string fileName, DirectoryLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(structures);
        limits ??= DirectoryLimits.Default;
        var structureElements = JsonArrayFile.Read(structures, fileName, limits, out var error);
        if (structureElements is null) return DirectoryReadResult.Refused(error!);

        var warnings = new List<DirectoryRowError>();
        var servicesByStructure = new Dictionary<string, List<LinkedService>>(StringComparer.Ordinal);
        if (services is not null)
        {
            var servicesName = $"{fileName} (services)";
            var serviceElements = JsonArrayFile.Read(services, servicesName, limits, out error);
            if (serviceElements is null) return DirectoryReadResult.Refused(error!);
            foreach (var service in serviceElements)
                if (Link(service, warnings) is { } linked)
                    (servicesByStructure.TryGetValue(linked.StructureId, out var list) ? list : servicesByStructure[linked.StructureId] = []).Add(linked);
        }

        var records = new List<DirectoryRecord>();
        var errors = new List<DirectoryRowError>();
        var firstLineOfKey = new Dictionary<(string, string), int>();
        var attached = new HashSet<LinkedService>(ReferenceEqualityComparer.Instance);
        foreach (var element in structureElements)
        {
            var report = new RowReport(element.Line);
            if (element.Value.ValueKind != JsonValueKind.Object)
            {
                report.Error(DirectoryRowError.FileField, $"Entry {element.Value.GetRawText()} is not a structure object {{ … }}; it was skipped.");
                errors.AddRange(report.Errors);
                continue;
            }
            var source = JsonFields.Text(report, element.Value, "source");
            var id = JsonFields.Text(report, element.Value, "id");
            var key = (source, id);
            if (id.Length > 0 && !firstLineOfKey.TryAdd(key, element.Line))
                report.Error("id", $"id \"{id}\" is already used on line {firstLineOfKey[key]}; each structure needs its own id. This one was skipped.");
            var own = new List<JsonArrayElement>();
            // data·inclusion ids are unique within a source: a service joins its structure by
            // structure_id, and by source too when both say theirs.
            foreach (var linked in servicesByStructure.GetValueOrDefault(id) ?? [])
            {
                if (source.Length > 0 && linked.Source.Length > 0 && linked.Source != source) continue;
                own.Add(linked.Element);
                attached.Add(linked);
            }
            if (element.Value.TryGetProperty("services", out var embedded) && embedded.ValueKind == JsonValueKind.Array)
                own.AddRange(embedded.EnumerateArray().Select(s => new JsonArrayElement(element.Line, s)));

            var record = DataInclusionStructure.Parse(element.Value, own, report);
            if (report.HasErrors || record is null)
            {
                errors.AddRange(report.Errors);
                continue;
            }
            warnings.AddRange(report.Warnings);
            records.Add(record);
        }

        foreach (var linked in servicesByStructure.Values.SelectMany(list => list).Where(l => !attached.Contains(l)))
            warnings.Add(new(linked.Element.Line, "structure_id", $"In the services file, the service on line {linked.Element.Line} refers to structure \"{linked.StructureId}\", which is not in the structures file; it was ignored."));

        return new DirectoryReadResult(records, errors, warnings, structureElements.Count);
    }

    private static LinkedService? Link(JsonArrayElement service, List<DirectoryRowError> warnings)
    {
        var report = new RowReport(service.Line);
        if (service.Value.ValueKind != JsonValueKind.Object)
        {
            warnings.Add(new(service.Line, DirectoryRowError.FileField, "In the services file, this entry is not a service object { … }; it was ignored."));
            return null;
        }
        var structureId = JsonFields.Text(report, service.Value, "structure_id");
        warnings.AddRange(report.Warnings);
        if (structureId.Length == 0)
        {
            warnings.Add(new(service.Line, "structure_id", "In the services file, this service has no structure_id, so it cannot be attached to a place; it was ignored."));
            return null;
        }
        return new LinkedService(service, structureId, JsonFields.Text(report, service.Value, "source"));
    }
}
