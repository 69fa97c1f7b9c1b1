using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EvalNumerique.Web.Features.Mediation.Invitations;
using QRCoder;

namespace EvalNumerique.Web.Tests.Mediation.Invitations;

public sealed partial class InvitationQrTests
{
    private const string Link = "https://evalnumerique.example.fr/i/q3J9x-Vb2rT0aLmN_8kPzw";

    [Fact]
    public void The_payload_is_exactly_the_invitation_link()
    {
        Assert.Equal(Link, InvitationQr.For(Link).Payload);
    }

    [Fact]
    public void The_svg_is_a_well_formed_square_svg_document()
    {
        var svg = XDocument.Parse(InvitationQr.For(Link).Svg).Root!;
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name);
        int[] viewBox = [.. svg.Attribute("viewBox")!.Value.Split(' ').Select(int.Parse)];
        Assert.Equal([0, 0], viewBox[..2]);
        Assert.Equal(viewBox[2], viewBox[3]);
    }

    [Fact]
    public void The_svg_draws_exactly_the_modules_of_the_qr_code_of_the_link()
    {
        // No decoder is at hand: encode the link independently and compare module by module.
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(Link, InvitationQr.ErrorCorrection);
        var svg = XDocument.Parse(InvitationQr.For(Link).Svg).Root!;
        int size = int.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected.ModuleMatrix.Count, size); // quiet zone included

        var drawn = new bool[size, size];
        string path = svg.Elements().Single(e => e.Name.LocalName == "path").Attribute("d")!.Value;
        var runs = HorizontalRun().Matches(path);
        Assert.NotEmpty(runs);
        Assert.Equal(path.Length, runs.Sum(r => r.Length)); // nothing in the path but horizontal runs
        foreach (Match run in runs)
        {
            int x = int.Parse(run.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int y = int.Parse(run.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int width = int.Parse(run.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture);
            for (int i = x; i < x + width; i++) drawn[y, i] = true;
        }
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                Assert.True(expected.ModuleMatrix[y][x] == drawn[y, x], $"module ({x}, {y})");
    }

    [Fact]
    public void Another_link_gives_another_picture()
    {
        Assert.NotEqual(InvitationQr.For(Link).Svg, InvitationQr.For(Link + "x").Svg);
    }

    [Fact]
    public void The_data_uri_carries_the_svg()
    {
        var qr = InvitationQr.For(Link);
        const string prefix = "data:image/svg+xml;base64,";
        Assert.StartsWith(prefix, qr.DataUri, StringComparison.Ordinal);
        Assert.Equal(qr.Svg, Encoding.UTF8.GetString(Convert.FromBase64String(qr.DataUri[prefix.Length..])));
    }

    [Theory]
    [InlineData("/i/abc")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.fr/i/abc")]
    public void Only_an_absolute_web_link_is_encoded(string link)
    {
        Assert.Throws<ArgumentException>(() => InvitationQr.For(link));
    }

    [Theory]
    [InlineData("https://host/", "/i/tok", "https://host/i/tok")]
    [InlineData("https://host/app/", "/i/tok", "https://host/app/i/tok")]
    [InlineData("https://host", "i/tok", "https://host/i/tok")]
    public void The_link_is_the_site_address_followed_by_the_invitation_path(string baseUri, string path, string link)
    {
        Assert.Equal(link, InvitationLink.Absolute(baseUri, path));
    }

    [Theory]
    [InlineData("ABC234", "ABC 234")]
    [InlineData("ABCD", "ABC D")]
    public void The_code_is_shown_in_groups_of_three(string code, string shown)
    {
        Assert.Equal(shown, InvitationLink.GroupedCode(code));
    }

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<w>\d+)v1h-\k<w>z")]
    private static partial Regex HorizontalRun();
}
