using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// Reads one item file (front matter + Markdown) into an <see cref="Item"/>, reporting every structural
/// problem (missing field, wrong kind of value, unknown type…) with its line. Never throws on bad content.
/// </summary>
internal static class ItemReader
{
    public static readonly string[] CommonFields =
    [
        "id", "competence", "type", "level", "irt", "status", "version", "audio", "feedback", "image",
        "audio_file", "enemies", "tags", "answer",
    ];

    private static readonly Dictionary<string, ItemType[]> TypeFields = new(StringComparer.Ordinal)
    {
        ["choices"] = [ItemType.SingleChoice, ItemType.MultipleChoice, ItemType.Ordering],
        ["regions"] = [ItemType.Hotspot],
        ["input"] = [ItemType.TextEntry],
        ["screen"] = [ItemType.Simulation],
    };

    public static ItemReadResult Read(string text, FileDiagnostics diagnostics)
    {
        var frontMatter = FrontMatter.Split(text, diagnostics);
        if (frontMatter is null)
        {
            return new ItemReadResult(null, null, diagnostics.Map);
        }

        var root = YamlDocument.Parse(frontMatter.Yaml, diagnostics, "the item's fields (id, competence, type, level, irt…)");
        if (root is null)
        {
            return new ItemReadResult(null, null, diagnostics.Map);
        }

        var id = root.Text("id", required: true, example: "safety-scams-004")?.Trim();
        var competence = root.Text("competence", required: true, example: "safety.scams")?.Trim();
        var type = ReadType(root);
        var level = root.Integer("level", required: true, example: "2");
        var irt = ReadIrt(root);
        var status = ReadStatus(root);
        var version = root.Integer("version", required: true, example: "1");
        var audio = root.Text("audio", required: true, example: ">- the whole text to read aloud");
        var feedback = root.Text("feedback", required: true, example: ">- one or two kind sentences that explain");
        var image = PictureReader.Read(root, withSize: type == ItemType.Hotspot);
        var audioFile = root.Text("audio_file", example: "audio/name.mp3");
        var enemies = root.TextList("enemies", example: "[safety-scams-001]") ?? [];
        var tags = root.TextList("tags", example: "[colis, sms]") ?? [];

        var known = new HashSet<string>(CommonFields, StringComparer.Ordinal);
        if (type is { } t)
        {
            known.UnionWith(TypeFields.Where(p => p.Value.Contains(t)).Select(p => p.Key));
        }

        root.WarnUnknown(known, key => type is { } current && TypeFields.ContainsKey(key)
            ? $"is not used by type '{ItemTypeNames.Name(current)}'"
            : null);

        var content = type is { } itemType ? ContentReader.Read(root, itemType, image) : null;
        var stem = frontMatter.Body.Trim();
        if (diagnostics.HasErrors || id is null || competence is null || level is null || irt is null || status is null
            || version is null || audio is null || feedback is null || content is null)
        {
            return new ItemReadResult(null, id, diagnostics.Map);
        }

        var item = new Item(id, competence, level.Value, irt, status.Value, version.Value, audio, feedback, image,
            audioFile, enemies, tags, stem, content, diagnostics.Path);
        return new ItemReadResult(item, id, diagnostics.Map);
    }

    private static ItemType? ReadType(YamlMap root)
    {
        var name = root.Text("type", required: true, example: "single-choice")?.Trim();
        if (name is null)
        {
            return null;
        }

        if (ItemTypeNames.TryParseType(name, out var type))
        {
            return type;
        }

        root.Diagnostics.Error("type", RuleIds.TypeUnknown,
            $"type '{name}' is unknown. Fix: use one of {string.Join(", ", ItemTypeNames.TypeNames)}" +
            $"{Spelling.Hint(name, ItemTypeNames.TypeNames)}.");
        return null;
    }

    private static ItemStatus? ReadStatus(YamlMap root)
    {
        var name = root.Text("status", required: true, example: "draft")?.Trim();
        if (name is null)
        {
            return null;
        }

        if (ItemTypeNames.TryParseStatus(name, out var status))
        {
            return status;
        }

        root.Diagnostics.Error("status", RuleIds.StatusUnknown,
            $"status '{name}' is unknown. Fix: use draft, pilot, live or retired{Spelling.Hint(name, ItemTypeNames.StatusNames)}.");
        return null;
    }

    private static IrtParameters? ReadIrt(YamlMap root)
    {
        var irt = root.Map("irt", required: true, example: "{ a: 1.0, b: -0.5, c: 0.15, d: 1.0, calibrated: false }");
        if (irt is null)
        {
            return null;
        }

        irt.WarnUnknown(["a", "b", "c", "d", "calibrated"]);
        var a = irt.Number("a", required: true, example: "1.0");
        var b = irt.Number("b", required: true, example: "-0.5");
        var c = irt.Number("c", required: true, example: "0.15");
        var d = irt.Number("d", required: true, example: "1.0");
        var calibrated = irt.Boolean("calibrated", required: true, example: "false");
        return a is null || b is null || c is null || d is null || calibrated is null
            ? null
            : new IrtParameters(a.Value, b.Value, c.Value, d.Value, calibrated.Value);
    }
}
