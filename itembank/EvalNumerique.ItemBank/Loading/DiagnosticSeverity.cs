namespace EvalNumerique.ItemBank.Loading;

/// <summary>How serious a diagnostic is: errors make the item (or file) unusable, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The content is wrong; the item is skipped and the check fails.</summary>
    Error,
    /// <summary>The content works but should be improved; the check still passes.</summary>
    Warning,
}
