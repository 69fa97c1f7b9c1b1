namespace EvalNumerique.ItemBank.Importing;

/// <summary>A file read from an import source: its name, its bytes, or why it was refused.</summary>
internal sealed record SourceEntry(string Name, byte[]? Bytes, string? Refusal);
