namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>One CSV record: its values and the physical line where it starts (a quoted value may span lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Values, bool HasReplacementCharacter);
