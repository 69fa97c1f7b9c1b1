namespace EvalNumerique.ItemBank.Qti;

/// <summary>An item not written to a QTI package.</summary>
/// <param name="Id">The item id.</param>
/// <param name="Type">The bank's type name (e.g. <c>simulation</c>).</param>
/// <param name="Reason">Why it cannot be expressed in QTI 3.0.</param>
public sealed record QtiSkippedItem(string Id, string Type, string Reason);
