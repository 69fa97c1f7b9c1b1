namespace EvalNumerique.ItemBank.Framework;

/// <summary>A text in French (the product's first language) and, when written, in English.</summary>
/// <param name="Fr">The French text.</param>
/// <param name="En">The English text, or <see langword="null"/> when not translated yet.</param>
public sealed record LocalizedText(string Fr, string? En = null)
{
    /// <summary>The text for a two-letter language code, falling back to French.</summary>
    public string For(string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(En) ? En : Fr;

    /// <inheritdoc/>
    public override string ToString() => Fr;
}
