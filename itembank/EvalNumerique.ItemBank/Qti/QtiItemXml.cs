using System.Xml.Linq;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>One item exported as QTI 3.0 XML, with what the export had to approximate.</summary>
/// <param name="ItemId">The item id, also the QTI identifier.</param>
/// <param name="Document">The <c>qti-assessment-item</c> document.</param>
/// <param name="Notes">What QTI cannot say exactly and where it was kept instead (empty when nothing).</param>
public sealed record QtiItemXml(string ItemId, XDocument Document, IReadOnlyList<string> Notes);
