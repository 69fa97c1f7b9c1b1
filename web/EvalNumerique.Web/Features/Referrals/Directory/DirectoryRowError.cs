namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// A problem found while reading a directory file, for the admin who imports it: what is wrong and
/// how to fix it. <paramref name="Line"/> is the physical line of the file (1 is the CSV header),
/// counted even inside quoted values that span lines; <paramref name="Field"/> is the column or JSON
/// property, or <see cref="FileField"/> when the problem is about the whole file.
/// </summary>
public sealed record DirectoryRowError(int Line, string Field, string Message)
{
    /// <summary>The <see cref="Field"/> of problems about the whole file (size, header, encoding, JSON syntax).</summary>
    public const string FileField = "file";
}
