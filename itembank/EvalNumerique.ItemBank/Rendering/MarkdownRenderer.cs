using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EvalNumerique.ItemBank.Rendering;

/// <summary>
/// Renders an item's Markdown stem to HTML that cannot run anything: Markdig (CommonMark) with raw HTML
/// disabled, so tags are shown as text; then links and images whose address is not relative or https
/// (<see cref="UrlSafety"/>) are unwrapped to their text; then, as a second line of defence, any
/// <c>href</c>/<c>src</c> left that is not safe is emptied, and quotes, angle brackets and '=' are dropped
/// from <c>alt</c>/<c>title</c> texts so that no attribute-looking text survives even once entities are decoded.
/// </summary>
public static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Safe HTML for <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        RemoveUnsafeLinks(document);
        var html = document.ToHtml(Pipeline);
        html = UrlAttribute().Replace(html, m =>
            UrlSafety.IsSafe(WebUtility.HtmlDecode(m.Groups["value"].Value)) ? m.Value : $"{m.Groups["name"].Value}=\"\"");
        return TextAttribute().Replace(html, m =>
        {
            var text = string.Concat(WebUtility.HtmlDecode(m.Groups["value"].Value).Where(c => c is not ('"' or '\'' or '<' or '>' or '=' or '`')));
            return $"{m.Groups["name"].Value}=\"{WebUtility.HtmlEncode(text)}\"";
        });
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!UrlSafety.IsSafe(url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || !UrlSafety.IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.IsEmail ? autolink.Url : "(lien retiré)"));
            }
        }
    }

    /// <summary>Replaces a link or image by its text (an image by its alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    [GeneratedRegex(@"(?<name>href|src)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"(?<name>alt|title)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex TextAttribute();
}
