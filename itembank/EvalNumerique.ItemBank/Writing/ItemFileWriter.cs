using System.Text;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Writing;

/// <summary>
/// Writes an <see cref="Item"/> back to the text of its file (itembank/FORMAT.md): the front matter with the keys
/// in the documented order — id, competence, type, level, irt, status, version, audio, audio_file, image, the
/// type's fields, answer, enemies, feedback, tags — then the Markdown stem. Reading the text back gives the
/// same item (except <see cref="Item.SourcePath"/>), and writing that item again gives the same text.
/// </summary>
public static class ItemFileWriter
{
    /// <summary>The file text of <paramref name="item"/>, with <c>\n</c> line ends and a final line end.</summary>
    public static string Write(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var yaml = new StringBuilder("---\n");
        yaml.Append("id: ").Append(YamlText.Scalar(item.Id)).Append('\n');
        yaml.Append("competence: ").Append(YamlText.Scalar(item.Competence)).Append('\n');
        yaml.Append("type: ").Append(ItemTypeNames.Name(item.Type)).Append('\n');
        yaml.Append("level: ").Append(item.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        var irt = item.Irt;
        yaml.Append("irt: { a: ").Append(YamlText.Decimal(irt.A)).Append(", b: ").Append(YamlText.Decimal(irt.B))
            .Append(", c: ").Append(YamlText.Decimal(irt.C)).Append(", d: ").Append(YamlText.Decimal(irt.D))
            .Append(", calibrated: ").Append(irt.Calibrated ? "true" : "false").Append(" }\n");
        yaml.Append("status: ").Append(ItemTypeNames.Name(item.Status)).Append('\n');
        yaml.Append("version: ").Append(item.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        YamlText.Folded(yaml, "audio", item.Audio);
        if (item.AudioFile is not null)
        {
            yaml.Append("audio_file: ").Append(YamlText.Scalar(item.AudioFile)).Append('\n');
        }

        if (item.Image is { } image)
        {
            yaml.Append("image: ").Append(PictureMap(image)).Append('\n');
        }

        ContentWriter.Write(yaml, item.Content);
        if (item.Enemies.Count > 0)
        {
            yaml.Append("enemies: ").Append(YamlText.List(item.Enemies)).Append('\n');
        }

        YamlText.Folded(yaml, "feedback", item.Feedback);
        if (item.Tags.Count > 0)
        {
            yaml.Append("tags: ").Append(YamlText.List(item.Tags)).Append('\n');
        }

        yaml.Append("---\n");
        if (item.Stem.Length > 0)
        {
            yaml.Append(item.Stem.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>Where the item's file belongs in the bank: <c>items/&lt;domain&gt;/&lt;competence&gt;/&lt;id&gt;.md</c>.</summary>
    public static string RelativePath(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"items/{item.Competence.Replace('.', '/')}/{item.Id}.md";
    }

    /// <summary><c>{ src: …, alt: "…", width: …, height: … }</c>; the size only when known (hotspot pictures).</summary>
    internal static string PictureMap(Picture picture)
    {
        var map = new StringBuilder("{ src: ").Append(YamlText.Scalar(picture.Src));
        if (picture.Alt is not null)
        {
            map.Append(", alt: ").Append(YamlText.Quoted(picture.Alt));
        }

        if (picture.Width is { } width)
        {
            map.Append(", width: ").Append(YamlText.Number(width));
        }

        if (picture.Height is { } height)
        {
            map.Append(", height: ").Append(YamlText.Number(height));
        }

        return map.Append(" }").ToString();
    }

    /// <summary>The sibling fields <c>, image: path, alt: "…"</c> used inside choices and screen elements.</summary>
    internal static string PictureFields(Picture? picture)
    {
        if (picture is null)
        {
            return string.Empty;
        }

        var fields = ", image: " + YamlText.Scalar(picture.Src);
        return picture.Alt is null ? fields : fields + ", alt: " + YamlText.Quoted(picture.Alt);
    }
}
