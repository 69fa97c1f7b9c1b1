using EvalNumerique.ItemBank.Framework;
using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Reads a French/English text written as <c>key: "fr"</c> (+ <c>key_en</c>) or <c>key: { fr: …, en: … }</c>.</summary>
internal static class LocalizedTextReader
{
    public static LocalizedText? Read(YamlMap map, string key, bool required, string example)
    {
        if (map.Get(key) is YamlMappingNode)
        {
            var inner = map.Map(key);
            inner?.WarnUnknown(["fr", "en"]);
            var fr = inner?.Text("fr", required: true, example: example);
            return fr is null ? null : new LocalizedText(fr, inner?.Text("en"));
        }

        var text = map.Text(key, required, example) ?? (map.Has(key + "_fr") ? map.Text(key + "_fr") : null);
        return text is null ? null : new LocalizedText(text, map.Text(key + "_en"));
    }

    public static string[] Keys(string key) => [key, key + "_fr", key + "_en"];
}
