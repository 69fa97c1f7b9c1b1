using EvalNumerique.ItemBank.Items;
using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Reads a picture written either as <c>image: {src, alt}</c> or as <c>image: path</c> with a sibling <c>alt</c>.</summary>
internal static class PictureReader
{
    public static Picture? Read(YamlMap parent, string key = "image", bool withSize = false)
    {
        var node = parent.Get(key);
        if (YamlMap.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode)
        {
            var src = parent.Text(key);
            return src is null ? null : new Picture(src, parent.Text("alt"));
        }

        var map = parent.Map(key, example: "{ src: images/name.svg, alt: \"what the picture shows\" }");
        if (map is null)
        {
            return null;
        }

        string[] known = withSize ? ["src", "alt", "width", "height"] : ["src", "alt"];
        map.WarnUnknown(known);
        var path = map.Text("src", required: true, example: "images/name.svg");
        var alt = map.Text("alt");
        var width = withSize ? map.Number("width", required: true, example: "400") : null;
        var height = withSize ? map.Number("height", required: true, example: "300") : null;
        return path is null ? null : new Picture(path, alt, width, height);
    }
}
