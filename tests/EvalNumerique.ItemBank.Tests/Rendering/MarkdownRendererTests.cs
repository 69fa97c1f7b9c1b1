using EvalNumerique.ItemBank.Rendering;

namespace EvalNumerique.ItemBank.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Theory]
    [InlineData("Vous recevez ce SMS.\n\n**Que faites-vous ?**", "<p>Vous recevez ce SMS.</p>\n<p><strong>Que faites-vous ?</strong></p>\n")]
    [InlineData("*un* et _deux_", "<p><em>un</em> et <em>deux</em></p>\n")]
    [InlineData("- le colis\n- le lien\n", "<ul>\n<li>le colis</li>\n<li>le lien</li>\n</ul>\n")]
    [InlineData("1. ouvrir\n2. joindre\n3. envoyer", "<ol>\n<li>ouvrir</li>\n<li>joindre</li>\n<li>envoyer</li>\n</ol>\n")]
    [InlineData("Une ligne\net la suite.", "<p>Une ligne\net la suite.</p>\n")]
    [InlineData("[Service public](https://www.service-public.fr)", "<p><a href=\"https://www.service-public.fr\">Service public</a></p>\n")]
    [InlineData("![Un SMS](images/sms.svg)", "<p><img src=\"images/sms.svg\" alt=\"Un SMS\" /></p>\n")]
    [InlineData("[clic](javascript:alert(1))", "<p>clic</p>\n")]
    [InlineData("Appuyez sur <b>Envoyer</b>", "<p>Appuyez sur &lt;b&gt;Envoyer&lt;/b&gt;</p>\n")]
    public void Markdown_renders_to_the_expected_html(string markdown, string html)
    {
        Assert.Equal(html, MarkdownRenderer.ToHtml(markdown));
    }

    [Fact]
    public void Email_autolinks_become_plain_text()
    {
        Assert.Equal("<p>Écrivez à contact@caf.example</p>\n", MarkdownRenderer.ToHtml("Écrivez à <contact@caf.example>"));
    }
}
