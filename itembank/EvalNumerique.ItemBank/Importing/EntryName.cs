namespace EvalNumerique.ItemBank.Importing;

/// <summary>
/// Turns an entry name of a folder or zip into a path inside <c>itembank/</c>, refusing names that could escape it
/// (zip-slip): absolute paths, drive letters, <c>..</c> and <c>.</c> segments, empty segments, control characters.
/// The archive mirrors <c>items/</c>: a leading <c>items/</c> (possibly under a wrapping folder) is optional.
/// </summary>
internal static class EntryName
{
    private const int MaxLength = 260;

    /// <summary>The bank-relative path (<c>items/…</c>), or <see langword="null"/> with the reason.</summary>
    public static string? ToBankPath(string name, out string? refusal)
    {
        refusal = Refuse(name);
        if (refusal is not null)
        {
            return null;
        }

        var segments = name.Replace('\\', '/').Split('/');
        var items = Array.IndexOf(segments, "items");
        return items >= 0 ? string.Join('/', segments[items..]) : "items/" + string.Join('/', segments);
    }

    private static string? Refuse(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength)
        {
            return $"its name is empty or longer than {MaxLength} characters";
        }

        if (name.Any(char.IsControl))
        {
            return "its name contains control characters";
        }

        var normalised = name.Replace('\\', '/');
        if (normalised.StartsWith('/') || normalised.Contains(':', StringComparison.Ordinal))
        {
            return "its name is an absolute path (or holds ':'), which could write outside the bank";
        }

        var segments = normalised.Split('/');
        if (segments.Any(s => s is ".." or "."))
        {
            return "its name contains '..' or '.', which could write outside the bank";
        }

        return segments.Any(s => s.Length == 0 || s.EndsWith('.') || s.EndsWith(' '))
            ? "its name has an empty segment or a segment ending with a dot or a space"
            : null;
    }
}
