namespace EvalNumerique.Web.Features.Privacy;

/// <summary>A file to download: its name, type and bytes, and how many records it holds.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content, int Records);
