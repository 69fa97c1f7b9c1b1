using System.Text;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Writing;

/// <summary>Writes the <c>screen</c> and <c>answer</c> of a simulation item.</summary>
internal static class SimulationWriter
{
    public static void Write(StringBuilder yaml, SimulationContent simulation)
    {
        var screen = simulation.Screen;
        yaml.Append("screen:\n  kind: ").Append(YamlText.Scalar(screen.Kind)).Append('\n');
        if (screen.Title is not null)
        {
            yaml.Append("  title: ").Append(YamlText.Quoted(screen.Title)).Append('\n');
        }

        yaml.Append("  elements:\n");
        foreach (var element in screen.Elements)
        {
            yaml.Append("    - ").Append(Element(element)).Append('\n');
        }

        yaml.Append("answer:\n");
        switch (simulation.Answer)
        {
            case TapAnswer tap:
                yaml.Append("  tap: ").Append(YamlText.List(tap.Ids)).Append('\n');
                break;
            case SequenceAnswer sequence:
                yaml.Append("  sequence: ").Append(YamlText.List(sequence.Ids)).Append('\n');
                break;
            case FieldsAnswer fields:
                yaml.Append("  fields:\n");
                foreach (var (id, accepted) in fields.Fields)
                {
                    yaml.Append("    ").Append(YamlText.Scalar(id)).Append(": ").Append(ContentWriter.TextAnswerMap(accepted)).Append('\n');
                }

                yaml.Append("  submit: ").Append(YamlText.Scalar(fields.Submit)).Append('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(simulation), simulation.Answer.GetType().Name, "Unknown simulation answer.");
        }
    }

    private static string Element(ScreenElement e)
    {
        var map = new StringBuilder("{ id: ").Append(YamlText.Scalar(e.Id)).Append(", role: ").Append(ItemTypeNames.Name(e.Role));
        Text(map, "text", e.Text);
        Text(map, "detail", e.Detail);
        Plain(map, "from", e.From);
        Text(map, "time", e.Time);
        Text(map, "badge", e.Badge);
        Plain(map, "icon", e.Icon);
        Text(map, "url", e.Url);
        if (e.Value is { } value)
        {
            map.Append(", value: ").Append(value ? "true" : "false");
        }

        Text(map, "label", e.Label);
        Plain(map, "input", e.InputKind);
        Text(map, "placeholder", e.Placeholder);
        if (e.Options is not null)
        {
            map.Append(", options: ").Append(YamlText.QuotedList(e.Options));
        }

        return map.Append(ItemFileWriter.PictureFields(e.Image)).Append(" }").ToString();
    }

    private static void Text(StringBuilder map, string key, string? value)
    {
        if (value is not null)
        {
            map.Append(", ").Append(key).Append(": ").Append(YamlText.Quoted(value));
        }
    }

    private static void Plain(StringBuilder map, string key, string? value)
    {
        if (value is not null)
        {
            map.Append(", ").Append(key).Append(": ").Append(YamlText.Scalar(value));
        }
    }
}
