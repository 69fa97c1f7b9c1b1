namespace EvalNumerique.ItemBank.Items;

/// <summary>The fixed set of icon names the web app knows how to draw.</summary>
public static class Icons
{
    /// <summary>Every icon name, in FORMAT.md order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "trash", "reply", "forward", "attach", "send", "camera", "phone", "video", "mic", "wifi", "lock", "eye",
        "download", "upload", "file", "pdf", "photo", "search", "star", "calendar", "settings", "user", "home",
        "back", "menu", "close", "warning", "check", "plus", "bell", "battery", "bluetooth", "store", "mail", "sms",
    ];
}
