using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class PictureRulesTests
{
    private const string StemImage = "image: { src: images/sms-colis.svg, alt: \"Un SMS : Votre colis est bloqué. Cliquez sur le lien pour payer 1,99 euro.\" }";

    [Fact]
    public void Stem_image_without_alt_text_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, StemImage, "image: { src: images/sms-colis.svg }");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.SingleChoice, "image:"), Single(bank, Paths.SingleChoice, RuleIds.AltMissing).Line);
        Skipped(bank, Paths.SingleChoice);
    }

    [Fact]
    public void Choice_picture_without_alt_text_is_reported_on_the_choice_line()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, ", alt: \"Un doigt appuie sur le lien\"", string.Empty);
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.SingleChoice, "- { id: a"), Single(bank, Paths.SingleChoice, RuleIds.AltMissing).Line);
    }

    [Fact]
    public void Screen_element_picture_without_alt_text_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationSequence, ", alt: \"Une photo de famille\"", string.Empty);
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.SimulationSequence, "id: photo"), Single(bank, Paths.SimulationSequence, RuleIds.AltMissing).Line);
    }

    [Fact]
    public void Picture_that_is_not_on_disk_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, "src: images/sms-colis.svg", "src: images/sms-coli.svg");

        Assert.Contains("images/sms-coli.svg", Single(temp.Load(), Paths.SingleChoice, RuleIds.FileMissing).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../../framework.svg")]
    [InlineData("/etc/passwd.svg")]
    [InlineData("https://example.org/sms.svg")]
    public void Picture_outside_the_bank_is_reported(string src)
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, "src: images/sms-colis.svg", $"src: \"{src}\"");

        Single(temp.Load(), Paths.SingleChoice, RuleIds.PathOutside);
    }

    [Fact]
    public void Picture_in_another_format_is_reported()
    {
        using var temp = new TempBank().Write("items/safety/scams/images/sms.gif", "GIF89a")
            .Edit(Paths.SingleChoice, "src: images/sms-colis.svg", "src: images/sms.gif");

        Single(temp.Load(), Paths.SingleChoice, RuleIds.FileFormat);
    }

    [Fact]
    public void Audio_file_that_is_missing_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "answer: no", "answer: no\naudio_file: audio/banque.mp3");

        Single(temp.Load(), Paths.YesNo, RuleIds.FileMissing);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<rect width=\"10\" height=\"10\" onclick=\"alert(1)\"/>", "onclick=")]
    [InlineData("<svg onload=alert(1)>", "onload=")]
    [InlineData("<a href=\"https://evil.example\"><text>x</text></a>", "https://evil.example")]
    [InlineData("<image xlink:href=\"//evil.example/x.png\"/>", "//evil.example")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\"/>", "javascript:")]
    [InlineData("<foreignObject><div>x</div></foreignObject>", "foreignObject")]
    [InlineData("<style>@import url(https://evil.example/x.css);</style>", "@import")]
    public void Svg_that_could_run_or_load_something_is_an_error(string content, string reported)
    {
        using var temp = new TempBank().Write("items/safety/scams/images/sms-colis.svg",
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n{content}\n</svg>\n");
        var bank = temp.Load();

        var diagnostic = Assert.Single(bank.Errors, d => d.Path == Paths.SingleChoice && d.Rule == RuleIds.SvgUnsafe && d.Line == LineOf(temp, Paths.SingleChoice, "image:"));
        Assert.Contains(reported, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("line 2", diagnostic.Message, StringComparison.Ordinal);
        Skipped(bank, Paths.SingleChoice);
    }

    [Fact]
    public void Svg_with_only_internal_references_is_safe()
    {
        Assert.Empty(SvgSafety.Inspect("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"#a\"/><rect fill=\"url(#g)\"/><text>Bonjour = salut</text></svg>"));
    }
}
