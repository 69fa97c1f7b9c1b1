namespace EvalNumerique.ItemBank.Items;

/// <summary>One element of a simulated screen, top to bottom. Which fields matter depends on <see cref="Role"/>.</summary>
/// <param name="Id">Unique id in the screen, referenced by the answer.</param>
/// <param name="Role">What the element is.</param>
/// <param name="Text">Main text (header, text, message, list-item title, link, button, toggle, checkbox).</param>
/// <param name="Detail">Second line of a list item.</param>
/// <param name="From"><c>me</c> or <c>them</c> for a message; the sender for a list item.</param>
/// <param name="Time">Time shown with a message or list item.</param>
/// <param name="Badge">A small label such as "Annonce" or "Non lu".</param>
/// <param name="Icon">An icon name from <see cref="Icons.All"/>.</param>
/// <param name="Url">The address a link shows.</param>
/// <param name="Value">The state of a toggle.</param>
/// <param name="Label">Label of an input or select.</param>
/// <param name="InputKind"><c>text</c>, <c>email</c>, <c>password</c>, <c>number</c> or <c>date</c> for an input.</param>
/// <param name="Placeholder">Placeholder of an input.</param>
/// <param name="Options">Options of a select.</param>
/// <param name="Image">Optional picture with alt text.</param>
public sealed record ScreenElement(
    string Id,
    ElementRole Role,
    string? Text = null,
    string? Detail = null,
    string? From = null,
    string? Time = null,
    string? Badge = null,
    string? Icon = null,
    string? Url = null,
    bool? Value = null,
    string? Label = null,
    string? InputKind = null,
    string? Placeholder = null,
    IReadOnlyList<string>? Options = null,
    Picture? Image = null)
{
    /// <summary>The input kinds an <c>input</c> element may have.</summary>
    public static IReadOnlyList<string> InputKinds { get; } = ["text", "email", "password", "number", "date"];

    /// <summary>Whether a tap on this element counts as an action (message, list-item, link, button, toggle, image).</summary>
    public bool IsTappable => IsTappableRole(Role);

    /// <summary>Whether this element can be filled in (input, select, checkbox).</summary>
    public bool IsField => Role is ElementRole.Input or ElementRole.Select or ElementRole.Checkbox;

    /// <summary>Whether elements of a role can be tapped.</summary>
    public static bool IsTappableRole(ElementRole role) => role is ElementRole.Message or ElementRole.ListItem
        or ElementRole.Link or ElementRole.Button or ElementRole.Toggle or ElementRole.Image;
}
