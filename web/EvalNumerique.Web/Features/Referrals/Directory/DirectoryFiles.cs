namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Reads a directory file by its kind: a CSV of the "Lieux de médiation numérique" standard, or
/// data·inclusion JSON (structures, with an optional services file). The name only chooses the reader.
/// </summary>
public static class DirectoryFiles
{
    public static bool IsJson(string fileName) => fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static DirectoryReadResult Read(Stream file, string fileName, Stream? services = null, string? servicesName = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (IsJson(fileName)) return DataInclusionJsonReader.Read(file, services, servicesName is null ? fileName : $"{fileName} + {servicesName}");
        return LieuxMediationCsvReader.Read(file, fileName);
    }
}
