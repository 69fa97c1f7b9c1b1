namespace EvalNumerique.ItemBank.Importing;

/// <summary>What importing one file would do to the bank.</summary>
public enum ImportStatus
{
    /// <summary>A new item or picture: it would be added.</summary>
    New,
    /// <summary>The item id (or picture path) exists with a different content: it would be replaced.</summary>
    Changed,
    /// <summary>The bank already holds exactly this: nothing to do.</summary>
    Unchanged,
    /// <summary>The file has errors (see its diagnostics) or is unsafe: it would not be written.</summary>
    Invalid,
    /// <summary>Not an item or a picture (a note, framework.yaml…): ignored, with the reason.</summary>
    Skipped,
}
