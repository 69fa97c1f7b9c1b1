using System.Text;
using QRCoder;

namespace EvalNumerique.Web.Features.Mediation.Invitations;

/// <summary>
/// The QR code of an invitation link, drawn as SVG (sharp on screen and on paper). The payload is
/// exactly the absolute link, so a phone's camera opens the check directly.
/// </summary>
public sealed class InvitationQr
{
    /// <summary>Level M (15 % of the code can be damaged): a folded or smudged paper still scans, and the code stays small.</summary>
    internal const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    private InvitationQr(string payload, string svg)
    {
        Payload = payload;
        Svg = svg;
    }

    /// <summary>The text the QR code encodes: the invitation link.</summary>
    public string Payload { get; }

    /// <summary>The QR code as an SVG document, black on white, with its quiet zone.</summary>
    public string Svg { get; }

    /// <summary>The SVG as a data URI for an <c>img</c> element (no inline markup in the page).</summary>
    public string DataUri => "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(Svg));

    /// <summary>The QR code of an absolute http(s) link.</summary>
    public static InvitationQr For(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"An invitation QR code encodes an absolute http(s) link; '{link}' is not one.", nameof(link));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, ErrorCorrection);
        using var renderer = new SvgQRCode(data);
        // View box sizing: one unit per module, the quiet zone included; the page sets the printed size.
        string svg = renderer.GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return new InvitationQr(link, svg);
    }
}
