using System.Text;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Writing;

/// <summary>Writes the type-specific fields and the <c>answer</c> of an item, in FORMAT.md's spelling.</summary>
internal static class ContentWriter
{
    public static void Write(StringBuilder yaml, ItemContent content)
    {
        switch (content)
        {
            case SingleChoiceContent single:
                Choices(yaml, single.Choices);
                yaml.Append("answer: ").Append(YamlText.Scalar(single.Answer)).Append('\n');
                break;
            case MultipleChoiceContent multiple:
                Choices(yaml, multiple.Choices);
                yaml.Append("answer: ").Append(YamlText.List(multiple.Answer)).Append('\n');
                break;
            case YesNoContent yesNo:
                yaml.Append("answer: ").Append(yesNo.Answer ? "yes" : "no").Append('\n');
                break;
            case OrderingContent ordering:
                Choices(yaml, ordering.Choices);
                yaml.Append("answer: ").Append(YamlText.List(ordering.Answer)).Append('\n');
                break;
            case HotspotContent hotspot:
                Hotspot(yaml, hotspot);
                break;
            case TextEntryContent textEntry:
                yaml.Append("input: { label: ").Append(YamlText.Quoted(textEntry.Input.Label))
                    .Append(", kind: ").Append(YamlText.Scalar(textEntry.Input.Kind)).Append(" }\n");
                yaml.Append("answer: ").Append(TextAnswerMap(textEntry.Answer)).Append('\n');
                break;
            case SimulationContent simulation:
                SimulationWriter.Write(yaml, simulation);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Unknown item content.");
        }
    }

    /// <summary><c>{ accept: ["…"], normalise: [trim, …] }</c>; the rules are always written, so nothing depends on the default.</summary>
    public static string TextAnswerMap(TextAnswer answer) =>
        "{ accept: " + YamlText.QuotedList(answer.Accept) + ", normalise: ["
        + string.Join(", ", answer.Normalise.Select(r => ItemTypeNames.NormaliseNames[(int)r])) + "] }";

    private static void Choices(StringBuilder yaml, IReadOnlyList<Choice> choices)
    {
        yaml.Append("choices:\n");
        foreach (var choice in choices)
        {
            yaml.Append("  - { id: ").Append(YamlText.Scalar(choice.Id)).Append(", text: ").Append(YamlText.Quoted(choice.Text))
                .Append(ItemFileWriter.PictureFields(choice.Image)).Append(" }\n");
        }
    }

    private static void Hotspot(StringBuilder yaml, HotspotContent hotspot)
    {
        yaml.Append("regions:\n");
        foreach (var r in hotspot.Regions)
        {
            yaml.Append("  - { id: ").Append(YamlText.Scalar(r.Id)).Append(", label: ").Append(YamlText.Quoted(r.Label))
                .Append(", x: ").Append(YamlText.Number(r.X)).Append(", y: ").Append(YamlText.Number(r.Y))
                .Append(", w: ").Append(YamlText.Number(r.W)).Append(", h: ").Append(YamlText.Number(r.H)).Append(" }\n");
        }

        yaml.Append("answer: ")
            .Append(hotspot.Answer.Count == 1 ? YamlText.Scalar(hotspot.Answer[0]) : YamlText.List(hotspot.Answer))
            .Append('\n');
    }
}
