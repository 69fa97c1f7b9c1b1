namespace EvalNumerique.Web.Features.Check.Items;

/// <summary>
/// How a box for typed text is drawn for its kind: the HTML type, the phone keyboard (inputmode) and the placeholder.
/// Numbers and dates stay type="text" so that "1 045", "812 €" or "03/05/1950" can be typed as people write them.
/// </summary>
internal sealed record InputKind(string Type, string? InputMode, string? Placeholder)
{
    /// <param name="kind"><c>text</c>, <c>email</c>, <c>password</c>, <c>number</c> or <c>date</c>.</param>
    /// <param name="placeholder">The placeholder to show, if any.</param>
    /// <param name="datePlaceholder">The localised "JJ/MM/AAAA", used for dates without a placeholder.</param>
    public static InputKind For(string kind, string? placeholder, string datePlaceholder) => kind switch
    {
        "email" => new("email", "email", placeholder),
        "password" => new("password", null, placeholder),
        "number" => new("text", "numeric", placeholder),
        "date" => new("text", null, placeholder ?? datePlaceholder),
        _ => new("text", null, placeholder),
    };
}
