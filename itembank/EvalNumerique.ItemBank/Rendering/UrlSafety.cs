using System.Net;
using System.Text.RegularExpressions;

namespace EvalNumerique.ItemBank.Rendering;

/// <summary>
/// Decides whether a link or image address may reach a beneficiary's page: only relative addresses and
/// <c>https:</c> ones. Everything else — <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>http:</c>,
/// <c>file:</c>, protocol-relative <c>//host</c> — is refused, after removing the white space and control
/// characters browsers ignore inside a scheme and decoding HTML entities and percent-escapes.
/// </summary>
public static partial class UrlSafety
{
    /// <summary>Whether <paramref name="url"/> is relative or https.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var decoded = url;
        for (var i = 0; i < 3; i++)
        {
            decoded = WebUtility.HtmlDecode(decoded);
        }

        var cleaned = Clean(decoded);
        return cleaned.Length > 0 && IsSafeCleaned(cleaned) && IsSafeCleaned(Clean(Unescape(cleaned)));
    }

    private static bool IsSafeCleaned(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal)
            || url.StartsWith(@"/\", StringComparison.Ordinal) || url.StartsWith(@"\/", StringComparison.Ordinal))
        {
            return false;
        }

        var scheme = Scheme().Match(url);
        return !scheme.Success
            ? !url.Contains(':', StringComparison.Ordinal) || ColonAfterPathStart(url)
            : scheme.Groups[1].Value.Equals("https", StringComparison.OrdinalIgnoreCase)
                && !url.AsSpan(scheme.Length).StartsWith("\\");
    }

    /// <summary>A colon is harmless once a '/', '?' or '#' came first (it is then part of a path, query or fragment).</summary>
    private static bool ColonAfterPathStart(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        return pathStart >= 0 && pathStart < colon;
    }

    private static string Clean(string url) => string.Concat(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF')));

    private static string Unescape(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex Scheme();
}
