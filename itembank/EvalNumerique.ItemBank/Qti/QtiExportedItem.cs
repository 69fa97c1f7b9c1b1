namespace EvalNumerique.ItemBank.Qti;

/// <summary>An item written to a QTI package.</summary>
/// <param name="Id">The item id.</param>
/// <param name="Type">The bank's type name (e.g. <c>single-choice</c>).</param>
/// <param name="Href">The item's XML file in the package.</param>
/// <param name="Notes">What QTI could not say exactly and where it was kept.</param>
public sealed record QtiExportedItem(string Id, string Type, string Href, IReadOnlyList<string> Notes);
