namespace EvalNumerique.ItemBank.Items;

/// <summary>A text normalisation rule, applied to both the typed text and the accepted values.</summary>
public enum NormaliseRule
{
    /// <summary><c>trim</c>: remove white space at both ends.</summary>
    Trim,
    /// <summary><c>case</c>: ignore upper/lower case.</summary>
    Case,
    /// <summary><c>accents</c>: remove diacritics (é → e, ç → c, œ → oe).</summary>
    Accents,
    /// <summary><c>spaces</c>: remove every white-space character, inside the text too ("06 12" = "0612").</summary>
    Spaces,
}
