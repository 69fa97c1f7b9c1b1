using System.Net;
using System.Text.RegularExpressions;
using EvalNumerique.ItemBank.Rendering;

namespace EvalNumerique.ItemBank.Tests.Rendering;

/// <summary>
/// Classic XSS payloads (OWASP XSS filter evasion cheat sheet, CommonMark spec corner cases) must come out
/// inert: only harmless tags, no event attribute, no dangerous URL — checked on the HTML itself, with entities
/// decoded, independently of the renderer's own <see cref="UrlSafety"/>.
/// </summary>
public sealed partial class XssTests
{
    private static readonly string[] AllowedTags =
        ["p", "em", "strong", "a", "img", "ul", "ol", "li", "code", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br"];

    private static readonly string[] AllowedAttributes = ["href", "src", "alt", "title", "start"];

    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=javascript:alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<!-- <script>alert(1)</script> -->",
        "<div>\n<script>alert(1)</script>\n</div>",
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](javascript&#58;alert(1))",
        "[clic](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[clic](&#x6A;avascript&colon;alert(1))",
        "[clic](java&#x09;script:alert(1))",
        "[clic](java&#x0A;script:alert(1))",
        "[clic](<java script:alert(1)>)",
        "[clic](&#x20;javascript:alert(1))",
        "[clic](javascript%3Aalert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "[clic][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: <javascript:alert(1)> \"titre\"",
        "![x](javascript:alert(1))",
        "![x][img]\n\n[img]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "[clic](vbscript:msgbox(1))",
        "[clic](//evil.example/x)",
        "[clic](\\\\evil.example/x)",
        "[clic](http://evil.example/)",
        "<http://evil.example/>",
        "[clic](file:///etc/passwd)",
        "![x](https://ok.example/x.png \"\\\" onerror=\\\"alert(1)\")",
        "![x\" onerror=\"alert(1)](https://ok.example/x.png)",
        "[<img src=x onerror=alert(1)>](https://ok.example)",
        "[a](https://ok.example \"x' onmouseover='alert(1)\")",
        "`<script>alert(1)</script>`",
        "    <script>alert(1)</script>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<img src=\"jav&#x09;ascript:alert(1)\">",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_comes_out_inert(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match tag in Tag().Matches(html))
        {
            Assert.Contains(tag.Groups["name"].Value.ToLowerInvariant(), AllowedTags);
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var name = attribute.Groups["name"].Value.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event attribute in {html}");
                Assert.Contains(name, AllowedAttributes);
                if (name is "href" or "src")
                {
                    var url = Regex.Replace(WebUtility.HtmlDecode(WebUtility.HtmlDecode(attribute.Groups["value"].Value)), @"[\s\x00-\x1f]", string.Empty).ToLowerInvariant();
                    Assert.False(Regex.IsMatch(url, "^(javascript|data|vbscript|http|file):|^//|^\\\\"), $"unsafe {name}='{url}' in {html}");
                }
            }
        }

        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
    }

    [Theory]
    [InlineData("https://www.ameli.fr/", true)]
    [InlineData("images/sms.svg", true)]
    [InlineData("../aide.html#haut", true)]
    [InlineData("?page=2", true)]
    [InlineData("/aide:faq", true)]
    [InlineData("http://www.ameli.fr/", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("&#106;avascript:alert(1)", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("mailto:someone@example.org", false)]
    [InlineData("", false)]
    public void Only_relative_and_https_urls_are_safe(string url, bool safe)
    {
        Assert.Equal(safe, UrlSafety.IsSafe(url));
    }

    [Fact]
    public void There_are_at_least_25_payloads()
    {
        Assert.True(Payloads.Count >= 25);
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s=/]+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex Attribute();
}
