using System.Text;
using Bunit;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Features.Referrals.Sheet;
using EvalNumerique.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>The printed referral sheet, rendered with the real French texts.</summary>
public sealed class ReferralSheetViewTests : ComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public ReferralSheetViewTests() => Context.Services.AddSingleton<TimeProvider>(new FixedClock(Now));

    private static PlaceCard Place(string name, string? hours, string? website = null, string? booking = null, bool free = true, DateOnly? updatedOn = null) =>
        new(7, name, "1 place de la Mairie", "00000", "Ville-Démo (fictive)", "01 00 00 00 01", website, booking, hours,
            ["Aide aux démarches administratives"], [], free, updatedOn ?? new DateOnly(2026, 9, 15), IsDemo: true);

    private static ReferralSheet Sheet(params SheetPlace[] places) => new(
        Guid.NewGuid(), "ABC234", null, "CCAS A", "1 rue Haute, 00000 Aville", IsDemo: false, Now,
        [new PathwayStep("procedures.forms", "Remplir un formulaire", "learn", "Apprendre à remplir un formulaire", "Avec un conseiller.", null)],
        places, ["BringId", "BringCafNumber"]);

    /// <summary>French typography puts a no-break space before ":" and inside "9 h": compared here as plain spaces.</summary>
    private static string Spaces(string text) => text.Replace('\u00A0', ' ');

    private IRenderedComponent<ReferralSheetView> Render(ReferralSheet sheet) =>
        Context.Render<ReferralSheetView>(p => p.Add(x => x.Sheet, sheet));

    [Fact]
    public void A_place_shows_its_name_reason_note_address_and_phone()
    {
        var cut = Render(Sheet(new SheetPlace(1, Place("France Services de Ville-Démo (démo)", "Mo-Fr 09:00-12:00"), ["Ici, on vous aide à faire votre démarche."], "Pour le RSA", null)));

        var place = cut.Find(".sheet-place");
        Assert.Contains("France Services de Ville-Démo (démo)", place.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ici, on vous aide à faire votre démarche.", place.QuerySelector(".sheet-reason")!.TextContent);
        Assert.Equal("Pour le RSA", place.QuerySelector(".sheet-note")!.TextContent);
        Assert.Contains("1 place de la Mairie, 00000 Ville-Démo (fictive)", place.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:0100000001", place.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public void Opening_hours_are_written_in_plain_french_words()
    {
        var cut = Render(Sheet(new SheetPlace(1, Place("Lieu (démo)", "Mo-Fr 09:00-12:00,14:00-17:00; PH off"), [], null, null)));

        var lines = cut.FindAll(".sheet-hours li").Select(li => Spaces(li.TextContent)).ToList();
        Assert.Contains("Ouvert du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h.", lines);
        Assert.Contains("Fermé les jours fériés.", lines);
        Assert.DoesNotContain("Mo-Fr", cut.Find(".sheet-hours").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_or_unreadable_hours_tell_the_person_to_call_never_show_raw_syntax()
    {
        var cut = Render(Sheet(new SheetPlace(1, Place("Lieu (démo)", null), [], null, null)));
        Assert.Equal("Appelez le lieu pour connaître les horaires.", cut.Find(".sheet-hours .place-hours").TextContent);

        var unreadable = Render(Sheet(new SheetPlace(1, Place("Lieu (démo)", "Jan-Mar Mo 09:00-12:00"), [], null, null)));
        Assert.Equal("Appelez le lieu pour connaître les horaires.", unreadable.Find(".sheet-hours .place-hours").TextContent);
        Assert.DoesNotContain("Jan-Mar", unreadable.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_booking_link_has_a_qr_code_image_with_an_alt_text_naming_the_place()
    {
        const string booking = "https://exemple.invalid/rdv/france-services";
        var cut = Render(Sheet(new SheetPlace(1, Place("France Services (démo)", null, website: "https://exemple.invalid/fs", booking: booking), [], null, null)));

        var qr = cut.Find("img.sheet-qr");
        Assert.Equal("Code QR vers la page de France Services (démo)", qr.GetAttribute("alt"));
        string src = qr.GetAttribute("src")!;
        Assert.StartsWith("data:image/svg+xml;base64,", src, StringComparison.Ordinal);
        Assert.Contains("<svg", Encoding.UTF8.GetString(Convert.FromBase64String(src["data:image/svg+xml;base64,".Length..])), StringComparison.Ordinal);
        var link = cut.Find(".sheet-link a");
        Assert.Equal(booking, link.GetAttribute("href"));
        Assert.Equal("Prendre rendez-vous sur internet", link.TextContent);
    }

    [Fact]
    public void A_place_without_a_link_has_no_qr_code()
    {
        var cut = Render(Sheet(new SheetPlace(1, Place("Lieu (démo)", null), [], null, null)));

        Assert.Empty(cut.FindAll("img.sheet-qr"));
    }

    [Fact]
    public void What_to_bring_and_what_to_learn_next_are_listed()
    {
        var cut = Render(Sheet(new SheetPlace(1, Place("Lieu (démo)", null), [], null, null)));

        var bring = cut.Find(".sheet-bring");
        Assert.Equal("Ce qu'il faut emporter", bring.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Votre carte d'identité ou votre titre de séjour.", "Votre numéro d'allocataire CAF."], bring.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Contains("Apprendre à remplir un formulaire", cut.Find(".sheet-pathway").TextContent, StringComparison.Ordinal);
        Assert.Contains("Votre code : ABC234", Spaces(cut.Find(".sheet-footer").TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void Free_places_say_so_and_old_data_asks_to_call_first()
    {
        var cut = Render(Sheet(
            new SheetPlace(1, Place("Gratuit (démo)", null), [], null, null),
            new SheetPlace(2, Place("Ancien (démo)", null, free: false, updatedOn: new DateOnly(2023, 2, 14)), [], null, null)));

        var places = cut.FindAll(".sheet-place");
        Assert.Contains("C'est gratuit.", places[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(places[0].QuerySelectorAll(".sheet-stale"));
        Assert.DoesNotContain("C'est gratuit.", places[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Appelez avant d'y aller : les horaires ont pu changer.", Spaces(places[1].QuerySelector(".sheet-stale")!.TextContent));
    }

    [Fact]
    public void A_sheet_with_no_place_says_so()
    {
        var cut = Render(Sheet());

        Assert.Empty(cut.FindAll(".sheet-place"));
        Assert.Contains("Votre médiateur n'a pas encore choisi de lieu avec vous.", cut.Find(".sheet-places").TextContent, StringComparison.Ordinal);
    }
}
