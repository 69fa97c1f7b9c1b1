namespace EvalNumerique.ItemBank.Qti;

/// <summary>What a QTI export wrote and what it left out, and why.</summary>
/// <param name="Exported">The items written, with their file in the package and any approximation.</param>
/// <param name="NotExported">The items left out, with the reason.</param>
public sealed record QtiExportReport(IReadOnlyList<QtiExportedItem> Exported, IReadOnlyList<QtiSkippedItem> NotExported)
{
    /// <summary>Where every exported item's fields that QTI cannot hold went (the same for all items).</summary>
    public static string Metadata =>
        "competence, level, IRT parameters, status, version, audio script, audio file, feedback, enemies, tags, the text-entry input kind " +
        "and normalisation, and the stem's Markdown are in each resource's <metadata> of imsmanifest.xml, as <item xmlns=\"" +
        QtiNames.Extension.NamespaceName + "\"> (itembank/FORMAT.md, \"QTI 3.0\").";
}
