namespace EvalNumerique.Web.Features.Check.Items;

/// <summary>
/// The drawing of each icon name of FORMAT.md (ItemBank <c>Icons.All</c>) on a simulated screen: a common emoji or
/// symbol that phones show alike, never a brand's logo. Decorative: the element's text says what it is.
/// </summary>
internal static class SimIcons
{
    private static readonly Dictionary<string, string> Glyphs = new(StringComparer.Ordinal)
    {
        ["trash"] = "🗑️",
        ["reply"] = "↩️",
        ["forward"] = "↪️",
        ["attach"] = "📎",
        ["send"] = "📤",
        ["camera"] = "📷",
        ["phone"] = "📞",
        ["video"] = "📹",
        ["mic"] = "🎤",
        ["wifi"] = "📶",
        ["lock"] = "🔒",
        ["eye"] = "👁️",
        ["download"] = "⬇️",
        ["upload"] = "⬆️",
        ["file"] = "📄",
        ["pdf"] = "📕",
        ["photo"] = "🖼️",
        ["search"] = "🔍",
        ["star"] = "⭐",
        ["calendar"] = "📅",
        ["settings"] = "⚙️",
        ["user"] = "👤",
        ["home"] = "🏠",
        ["back"] = "⬅️",
        ["menu"] = "☰",
        ["close"] = "✖️",
        ["warning"] = "⚠️",
        ["check"] = "✔️",
        ["plus"] = "➕",
        ["bell"] = "🔔",
        ["battery"] = "🔋",
        ["bluetooth"] = "", // drawn by items.css: the runic ᛒ is missing from many phone and PC fonts
        ["store"] = "🛍️",
        ["mail"] = "✉️",
        ["sms"] = "💬",
    };

    /// <summary>The glyph for an icon name; a plain dot for a name the bank does not know (the validator rejects those).</summary>
    public static string Glyph(string name) => Glyphs.GetValueOrDefault(name, "•");

    /// <summary>Every name drawn, to check against the bank's list.</summary>
    public static IReadOnlyCollection<string> Names => Glyphs.Keys;
}
