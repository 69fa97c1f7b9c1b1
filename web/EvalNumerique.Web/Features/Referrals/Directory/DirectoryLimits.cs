namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Size limits of a directory file, so that a wrong or hostile upload gets a clear error instead of
/// filling memory. <see cref="MaxValueChars"/> also catches a quote that is never closed, which
/// would otherwise swallow the rest of the file into one value.
/// </summary>
public sealed record DirectoryLimits(long MaxBytes, int MaxRows, int MaxValueChars)
{
    public static DirectoryLimits Default { get; } = new(MaxBytes: 20L * 1024 * 1024, MaxRows: 100_000, MaxValueChars: 65_536);

    internal string MaxBytesText => MaxBytes >= 1024 * 1024 && MaxBytes % (1024 * 1024) == 0
        ? $"{MaxBytes / (1024 * 1024)} MB"
        : $"{MaxBytes} bytes";
}
