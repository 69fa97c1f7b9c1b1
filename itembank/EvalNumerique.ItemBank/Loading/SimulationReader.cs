using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Reads the <c>screen</c> and <c>answer</c> of a simulation item.</summary>
internal static class SimulationReader
{
    private static readonly string[] ElementFields =
    [
        "id", "role", "text", "detail", "from", "time", "badge", "icon", "url", "value", "label", "input",
        "placeholder", "options", "image", "alt",
    ];

    private static readonly string[] AnswerForms = ["tap", "sequence", "fields"];

    public static SimulationContent? Read(YamlMap root)
    {
        var screen = ReadScreen(root);
        var answer = ReadAnswer(root);
        return screen is null || answer is null ? null : new SimulationContent(screen, answer);
    }

    private static Screen? ReadScreen(YamlMap root)
    {
        var map = root.Map("screen", required: true, example: "{ kind: sms, title: \"Messages\", elements: [...] }");
        if (map is null)
        {
            return null;
        }

        map.WarnUnknown(["kind", "title", "elements"]);
        var kind = map.Text("kind", required: true, example: "sms")?.Trim();
        var title = map.Text("title");
        var maps = map.MapList("elements", required: true, example: "{ id: delete, role: button, text: \"Supprimer\", icon: trash }");
        if (kind is null || maps is null)
        {
            return null;
        }

        var elements = new List<ScreenElement>();
        foreach (var element in maps)
        {
            if (ReadElement(element) is { } read)
            {
                elements.Add(read);
            }
        }

        return new Screen(kind, title, elements);
    }

    private static ScreenElement? ReadElement(YamlMap map)
    {
        map.WarnUnknown(ElementFields);
        var id = map.Text("id", required: true, example: "delete")?.Trim();
        var roleName = map.Text("role", required: true, example: "button")?.Trim();
        if (id is null || roleName is null)
        {
            return null;
        }

        if (!ItemTypeNames.TryParseRole(roleName, out var role))
        {
            map.Diagnostics.Error(map.Child("role"), RuleIds.ElementRole,
                $"role '{roleName}' of element '{id}' is unknown. Fix: use one of {string.Join(", ", ItemTypeNames.RoleNames)}" +
                $"{Spelling.Hint(roleName, ItemTypeNames.RoleNames)}.");
            return null;
        }

        return new ScreenElement(
            id,
            role,
            Text: map.Text("text"),
            Detail: map.Text("detail"),
            From: map.Text("from")?.Trim(),
            Time: map.Text("time"),
            Badge: map.Text("badge"),
            Icon: map.Text("icon")?.Trim(),
            Url: map.Text("url"),
            Value: map.Boolean("value", example: "true"),
            Label: map.Text("label"),
            InputKind: map.Text("input")?.Trim(),
            Placeholder: map.Text("placeholder"),
            Options: map.TextList("options", example: "[\"Madame\", \"Monsieur\"]"),
            Image: PictureReader.Read(map));
    }

    private static SimulationAnswer? ReadAnswer(YamlMap root)
    {
        var map = root.Map("answer", required: true, example: "{ tap: [delete] }");
        if (map is null)
        {
            return null;
        }

        map.WarnUnknown(["tap", "sequence", "fields", "submit"]);
        var forms = AnswerForms.Where(map.Has).ToList();
        if (forms.Count != 1)
        {
            root.Diagnostics.Error("answer", RuleIds.Answer,
                $"the answer of a simulation must be exactly one of tap, sequence or fields (found {(forms.Count == 0 ? "none" : string.Join(" and ", forms))}). " +
                "Fix: write 'answer: { tap: [id] }', 'answer: { sequence: [id1, id2] }' or 'answer: { fields: {…}, submit: button-id }'.");
            return null;
        }

        switch (forms[0])
        {
            case "tap":
                return map.TextList("tap", required: true, example: "[delete]") is { } tap ? new TapAnswer(Trimmed(tap)) : null;
            case "sequence":
                return map.TextList("sequence", required: true, allowSingle: false, example: "[open, attach, send]") is { } seq
                    ? new SequenceAnswer(Trimmed(seq))
                    : null;
            default:
                return ReadFields(map);
        }
    }

    private static FieldsAnswer? ReadFields(YamlMap answer)
    {
        var fields = answer.Map("fields", required: true, example: "{ email: { accept: [\"…\"] } }");
        var submit = answer.Text("submit", required: true, example: "send")?.Trim();
        if (fields is null)
        {
            return null;
        }

        var result = new Dictionary<string, TextAnswer>(StringComparer.Ordinal);
        foreach (var key in fields.Keys)
        {
            if (TextAnswerReader.Read(fields, key) is { } accepted)
            {
                result[key] = accepted;
            }
        }

        return submit is null ? null : new FieldsAnswer(result, submit);
    }

    private static List<string> Trimmed(IEnumerable<string> ids) => ids.Select(i => i.Trim()).ToList();
}
