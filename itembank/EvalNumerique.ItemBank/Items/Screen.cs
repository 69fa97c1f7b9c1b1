namespace EvalNumerique.ItemBank.Items;

/// <summary>The imitation of a real screen shown by a simulation item.</summary>
/// <param name="Kind">What kind of screen it is (see <see cref="Kinds"/>).</param>
/// <param name="Title">The app's title bar, if any.</param>
/// <param name="Elements">What is on the screen, top to bottom.</param>
public sealed record Screen(string Kind, string? Title, IReadOnlyList<ScreenElement> Elements)
{
    /// <summary>The screen kinds the web app can draw.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "mailbox", "email", "sms", "form", "password", "search", "file-picker", "app-store", "settings",
        "phone-home", "calendar", "web-page",
    ];

    /// <summary>The element with this id, or <see langword="null"/>.</summary>
    public ScreenElement? Find(string id) => Elements.FirstOrDefault(e => e.Id == id);
}
