using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Resources;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// Reads and checks <c>resources.yaml</c>: each set names an existing competence and a level 1–4, each step
/// has a unique id, a known type and a title.
/// </summary>
internal static class ResourcesReader
{
    public const string FileName = "resources.yaml";

    public static PathwayResources? Read(string text, FileDiagnostics d, CompetenceFramework? framework)
    {
        var root = YamlDocument.Parse(text, d, "'resources:' with the list of { competence, level, steps }");
        if (root is null)
        {
            return null;
        }

        root.WarnUnknown(["version", "resources"]);
        var sets = new List<ResourceSet>();
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.MapList("resources", required: true, example: "[{ competence: safety.scams, level: 1, steps: [...] }]") ?? [])
        {
            map.WarnUnknown(["competence", "level", "steps"]);
            var competence = map.Text("competence", required: true, example: "safety.scams")?.Trim();
            var level = map.Integer("level", required: true, example: "1");
            if (competence is not null && framework is not null && framework.FindCompetence(competence) is null)
            {
                d.Error(map.Child("competence"), RuleIds.Resources,
                    $"competence '{competence}' is not in framework.yaml. Fix: use one of {string.Join(", ", framework.Competences.Select(c => c.Id))}" +
                    $"{Spelling.Hint(competence, framework.Competences.Select(c => c.Id))}.");
            }

            if (level is < 1 or > 4)
            {
                d.Error(map.Child("level"), RuleIds.Resources, $"level {level} does not exist. Fix: use a level from 1 to 4.");
            }

            var steps = new List<ResourceStep>();
            foreach (var step in map.MapList("steps", required: true, example: "[{ id: …, type: tutorial, title: …, description: …, duration: 15 min }]") ?? [])
            {
                if (ReadStep(step, stepIds) is { } read)
                {
                    steps.Add(read);
                }
            }

            if (competence is not null && level is not null)
            {
                sets.Add(new ResourceSet(competence, level.Value, steps));
            }
        }

        return new PathwayResources(sets);
    }

    private static ResourceStep? ReadStep(YamlMap map, HashSet<string> ids)
    {
        map.WarnUnknown(["id", "type", "title", "description", "duration", "url"]);
        var d = map.Diagnostics;
        var id = map.Text("id", required: true, example: "scams-sms-tutorial")?.Trim();
        var type = map.Text("type", required: true, example: "tutorial")?.Trim();
        var title = map.Text("title", required: true, example: "\"Reconnaître un faux SMS\"");
        var description = map.Text("description", required: true, example: "\"Une vidéo de 3 minutes.\"");
        var duration = map.Text("duration");
        if (id is not null && !ids.Add(id))
        {
            d.Error(map.Child("id"), RuleIds.Resources, $"step id '{id}' is used twice. Fix: give each step its own id.");
        }

        if (type is not null && !ResourceStep.Types.Contains(type))
        {
            d.Error(map.Child("type"), RuleIds.Resources,
                $"step type '{type}' is unknown. Fix: use one of {string.Join(", ", ResourceStep.Types)}{Spelling.Hint(type, ResourceStep.Types)}.");
        }

        if (duration is not null && DurationParser.ToMinutes(duration) is null)
        {
            d.Warning(map.Child("duration"), RuleIds.Resources,
                $"duration '{duration}' is not understood. Fix: write minutes like '15 min' or hours like '2 h'.");
        }

        return id is null || type is null || title is null || description is null
            ? null
            : new ResourceStep(id, type, title, description, duration, map.Text("url"));
    }
}
