using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Reads the type-specific fields and the answer key of an item.</summary>
internal static class ContentReader
{
    private const string ChoicesExample = "[{ id: a, text: \"…\" }, { id: b, text: \"…\" }]";

    public static ItemContent? Read(YamlMap root, ItemType type, Picture? image) => type switch
    {
        ItemType.SingleChoice => ReadSingle(root),
        ItemType.MultipleChoice => ReadChoices(root) is { } c && root.TextList("answer", required: true, example: "[a, c]") is { } ids
            ? new MultipleChoiceContent(c, ids.Select(i => i.Trim()).ToList())
            : null,
        ItemType.YesNo => ReadYesNo(root),
        ItemType.Ordering => ReadChoices(root) is { } c && root.TextList("answer", required: true, allowSingle: false, example: "[b, a, c]") is { } order
            ? new OrderingContent(c, order.Select(i => i.Trim()).ToList())
            : null,
        ItemType.Hotspot => ReadHotspot(root, image),
        ItemType.TextEntry => ReadTextEntry(root),
        ItemType.Simulation => SimulationReader.Read(root),
        _ => null,
    };

    private static SingleChoiceContent? ReadSingle(YamlMap root)
    {
        var choices = ReadChoices(root);
        var answer = root.Text("answer", required: true, example: "b")?.Trim();
        return choices is null || answer is null ? null : new SingleChoiceContent(choices, answer);
    }

    private static YesNoContent? ReadYesNo(YamlMap root)
    {
        var answer = root.Text("answer", required: true, example: "yes")?.Trim();
        switch (answer)
        {
            case null:
                return null;
            case "yes":
                return new YesNoContent(true);
            case "no":
                return new YesNoContent(false);
            default:
                root.Diagnostics.Error("answer", RuleIds.Answer,
                    $"answer '{answer}' of a yes-no item must be yes or no. Fix: write 'answer: yes' when the right button is Oui, 'answer: no' when it is Non.");
                return null;
        }
    }

    private static List<Choice>? ReadChoices(YamlMap root)
    {
        var maps = root.MapList("choices", required: true, example: ChoicesExample);
        if (maps is null)
        {
            return null;
        }

        var choices = new List<Choice>();
        foreach (var map in maps)
        {
            map.WarnUnknown(["id", "text", "image", "alt"]);
            var id = map.Text("id", required: true, example: "a")?.Trim();
            var text = map.Text("text", required: true, example: "\"Je supprime le message.\"");
            var picture = PictureReader.Read(map);
            if (id is not null && text is not null)
            {
                choices.Add(new Choice(id, text, picture));
            }
        }

        return choices;
    }

    private static HotspotContent? ReadHotspot(YamlMap root, Picture? image)
    {
        if (!root.Has("image"))
        {
            root.Diagnostics.Error(root.Diagnostics.Map.Line(string.Empty), RuleIds.RequiredField,
                "a hotspot item needs an image. Fix: add 'image: { src: images/name.svg, alt: \"…\", width: 400, height: 300 }'.");
        }

        var maps = root.MapList("regions", required: true, example: "[{ id: r1, label: \"…\", x: 10, y: 20, w: 100, h: 40 }]");
        var answer = root.TextList("answer", required: true, example: "r1");
        if (maps is null || answer is null || image is null)
        {
            return null;
        }

        var regions = new List<HotspotRegion>();
        foreach (var map in maps)
        {
            map.WarnUnknown(["id", "label", "x", "y", "w", "h"]);
            var id = map.Text("id", required: true, example: "r1")?.Trim();
            var label = map.Text("label", required: true, example: "\"the send button\"");
            var x = map.Number("x", required: true, example: "10");
            var y = map.Number("y", required: true, example: "20");
            var w = map.Number("w", required: true, example: "100");
            var h = map.Number("h", required: true, example: "40");
            if (id is not null && label is not null && x is not null && y is not null && w is not null && h is not null)
            {
                regions.Add(new HotspotRegion(id, label, x.Value, y.Value, w.Value, h.Value));
            }
        }

        return new HotspotContent(image, regions, answer.Select(a => a.Trim()).ToList());
    }

    private static TextEntryContent? ReadTextEntry(YamlMap root)
    {
        var input = root.Map("input", required: true, example: "{ label: \"Votre ville\", kind: text }");
        string? label = null;
        var kind = "text";
        if (input is not null)
        {
            input.WarnUnknown(["label", "kind"]);
            label = input.Text("label", required: true, example: "\"Votre ville\"");
            kind = input.Text("kind")?.Trim() ?? "text";
        }

        var answer = TextAnswerReader.Read(root, "answer");
        return label is null || answer is null ? null : new TextEntryContent(new TextInput(label, kind), answer);
    }
}
