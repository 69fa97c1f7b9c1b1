using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// Reads and checks <c>framework.yaml</c>: unique domain and competence ids, competence ids prefixed by their
/// domain, exactly the four levels 1–4 per competence, each with a can-do descriptor.
/// </summary>
internal static class FrameworkReader
{
    public const string FileName = "framework.yaml";

    public static CompetenceFramework? Read(string text, FileDiagnostics d)
    {
        var root = YamlDocument.Parse(text, d, "'domains:' with the list of domains");
        if (root is null)
        {
            return null;
        }

        root.WarnUnknown(["version", "levels", "domains"]);
        var levelNames = new Dictionary<int, LocalizedText>();
        foreach (var level in root.MapList("levels") ?? [])
        {
            level.WarnUnknown([.. LocalizedTextReader.Keys("name"), "level"]);
            if (level.Integer("level", required: true, example: "1") is { } number
                && LocalizedTextReader.Read(level, "name", required: true, "\"Découverte\"") is { } name)
            {
                levelNames[number] = name;
            }
        }

        var domains = new List<Domain>();
        var domainIds = new HashSet<string>(StringComparer.Ordinal);
        var competenceIds = new HashSet<string>(StringComparer.Ordinal);
        var maps = root.MapList("domains", required: true, example: "[{ id: device, name: \"Utiliser un appareil\", competences: [...] }]") ?? [];
        foreach (var map in maps)
        {
            map.WarnUnknown([.. LocalizedTextReader.Keys("name"), "id", "pictogram", "description", "competences"]);
            var id = map.Text("id", required: true, example: "device")?.Trim();
            var name = LocalizedTextReader.Read(map, "name", required: true, "\"Utiliser un appareil\"");
            if (id is not null && !domainIds.Add(id))
            {
                d.Error(map.Child("id"), RuleIds.Framework, $"domain id '{id}' is used twice. Fix: give each domain its own id.");
            }

            var competences = new List<Competence>();
            foreach (var competence in map.MapList("competences", required: true, example: "[{ id: device.touch, … }]") ?? [])
            {
                if (ReadCompetence(competence, id, competenceIds) is { } read)
                {
                    competences.Add(read);
                }
            }

            if (id is not null && name is not null)
            {
                domains.Add(new Domain(id, name, map.Text("pictogram"), competences));
            }
        }

        return new CompetenceFramework(domains, levelNames);
    }

    private static Competence? ReadCompetence(YamlMap map, string? domainId, HashSet<string> ids)
    {
        map.WarnUnknown([.. LocalizedTextReader.Keys("name"), "id", "pictogram", "description", "digcomp", "pix", "levels"]);
        var d = map.Diagnostics;
        var id = map.Text("id", required: true, example: "device.touch")?.Trim();
        var name = LocalizedTextReader.Read(map, "name", required: true, "\"Utiliser un écran tactile\"");
        if (id is not null)
        {
            if (!ids.Add(id))
            {
                d.Error(map.Child("id"), RuleIds.Framework, $"competence id '{id}' is used twice. Fix: give each competence its own id.");
            }

            if (domainId is not null && !id.StartsWith(domainId + ".", StringComparison.Ordinal))
            {
                d.Error(map.Child("id"), RuleIds.Framework,
                    $"competence id '{id}' does not start with its domain '{domainId}.'. Fix: write it '{domainId}.<name>'.");
            }
        }

        var levels = new List<CompetenceLevel>();
        foreach (var level in map.MapList("levels", required: true, example: "[{ level: 1, can_do: \"Je sais…\" }]") ?? [])
        {
            level.WarnUnknown([.. LocalizedTextReader.Keys("can_do"), "level"]);
            var number = level.Integer("level", required: true, example: "1");
            var canDo = LocalizedTextReader.Read(level, "can_do", required: true, "\"Je sais…\"");
            if (canDo is not null && string.IsNullOrWhiteSpace(canDo.Fr))
            {
                d.Error(level.Child("can_do"), RuleIds.Framework, "the can-do descriptor is empty. Fix: write what a person can do at this level (\"Je sais…\").");
            }

            if (number is { } n && canDo is not null)
            {
                levels.Add(new CompetenceLevel(n, canDo));
            }
        }

        var numbers = levels.Select(l => l.Level).OrderBy(n => n).ToList();
        if (!numbers.SequenceEqual([1, 2, 3, 4]) && id is not null)
        {
            d.Error(map.Child("levels"), RuleIds.Framework,
                $"competence '{id}' has levels [{string.Join(", ", numbers)}]; it needs exactly levels 1, 2, 3 and 4. " +
                "Fix: write one '{ level: N, can_do: \"Je sais…\" }' for each of the four levels.");
        }

        return id is null || name is null
            ? null
            : new Competence(id, name, map.Text("pictogram"), map.TextList("digcomp") ?? [], map.TextList("pix") ?? [],
                levels.OrderBy(l => l.Level).ToList());
    }
}
