using System.Text.RegularExpressions;
using System.Xml.Linq;
using EvalNumerique.Web.Features.Referrals.OpeningHours;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Referrals.OpeningHours;

/// <summary>The FALC sentences of a referral sheet; "~" is a no-break space (see <see cref="OpeningHoursTextFixture"/>).</summary>
public sealed class OpeningHoursDescriberTests : OpeningHoursTextFixture
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:30",
        "Ouvert du lundi au vendredi, de 9~h à 12~h et de 14~h à 17~h~30.|Fermé le samedi et le dimanche.")]
    [InlineData("Tu,Th 09:00-12:00",
        "Ouvert le mardi et le jeudi, de 9~h à 12~h.|Fermé les autres jours.")]
    [InlineData("Mo-Fr 09:00-12:00; PH off",
        "Ouvert du lundi au vendredi, de 9~h à 12~h.|Fermé le samedi et le dimanche.|Fermé les jours fériés.")]
    [InlineData("24/7",
        "Ouvert tous les jours, 24 heures sur 24.")]
    [InlineData("09:00-18:00",
        "Ouvert tous les jours, de 9~h à 18~h.")]
    [InlineData("off",
        "Fermé tous les jours.")]
    [InlineData("Mo-Sa 09:00-12:00; PH 10:00-12:00",
        "Ouvert du lundi au samedi, de 9~h à 12~h.|Fermé le dimanche.|Ouvert les jours fériés, de 10~h à 12~h.")]
    [InlineData("Mo-We,Fr 09:00-12:00",
        "Ouvert du lundi au mercredi et le vendredi, de 9~h à 12~h.|Fermé les autres jours.")]
    [InlineData("Mo-Fr 09:00-12:00; Sa 10:00-12:00",
        "Ouvert du lundi au vendredi, de 9~h à 12~h.|Ouvert le samedi, de 10~h à 12~h.|Fermé le dimanche.")]
    [InlineData("Mo-Fr 09:00-17:00; We 09:00-12:00",
        "Ouvert le lundi, le mardi, le jeudi et le vendredi, de 9~h à 17~h.|Ouvert le mercredi, de 9~h à 12~h.|Fermé le samedi et le dimanche.")]
    [InlineData("Tu-Th 14:00-18:00",
        "Ouvert du mardi au jeudi, de 14~h à 18~h.|Fermé le lundi et du vendredi au dimanche.")]
    [InlineData("Fr 20:00-02:00",
        "Ouvert le vendredi, de 20~h à 2~h.|Fermé les autres jours.")]
    [InlineData("Mo-Fr 18:00-24:00",
        "Ouvert du lundi au vendredi, de 18~h à minuit.|Fermé le samedi et le dimanche.")]
    [InlineData("Mo 08:00-10:00,11:15-12:00,14:00-16:45",
        "Ouvert le lundi, de 8~h à 10~h, de 11~h~15 à 12~h et de 14~h à 16~h~45.|Fermé du mardi au dimanche.")]
    [InlineData("Sa-Su 00:00-24:00",
        "Ouvert le samedi et le dimanche, 24 heures sur 24.|Fermé du lundi au vendredi.")]
    public void French_sentences_say_each_group_of_days_once(string raw, string expected) =>
        Assert.Equal(French(expected).Split('|'), OpeningHoursDescriber.Describe(OpeningHoursParser.Parse(raw), Text));

    [Fact]
    public void Hours_that_could_not_be_read_are_shown_as_written() =>
        Assert.Equal(
            [French("Horaires (tels qu'ils sont écrits)~: Jan-Jun Mo 10:00-12:00")],
            OpeningHoursDescriber.Describe(OpeningHoursParser.Parse(" Jan-Jun Mo 10:00-12:00 "), Text));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Missing_hours_say_so(string? raw) =>
        Assert.Equal(["Horaires non indiqués."], OpeningHoursDescriber.Describe(OpeningHoursParser.Parse(raw), Text));

    [Fact]
    public void English_uses_the_24_hour_clock()
    {
        UseCulture("en");

        Assert.Equal(
            ["Open Monday to Friday, 9:00 to 12:00 and 14:00 to 17:30.", "Closed Saturday and Sunday.", "Closed on public holidays."],
            OpeningHoursDescriber.Describe(OpeningHoursParser.Parse("Mo-Fr 09:00-12:00,14:00-17:30; PH off"), Text));
    }

    [Fact]
    public void English_shows_unread_hours_as_written()
    {
        UseCulture("en");

        Assert.Equal(["Opening hours (as written): Mo-Fr sunrise-sunset"],
            OpeningHoursDescriber.Describe(OpeningHoursParser.Parse("Mo-Fr sunrise-sunset"), Text));
    }

    [Fact]
    public void French_strings_put_a_no_break_space_before_colons_semicolons_and_marks_and_inside_times()
    {
        string file = Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Resources", "OpeningHoursText.resx");
        var values = XDocument.Load(file).Root!.Elements("data").Select(d => (Key: d.Attribute("name")!.Value, Value: d.Element("value")!.Value)).ToList();

        Assert.NotEmpty(values);
        foreach (var (key, raw) in values)
        {
            string value = Regex.Replace(raw, @"\{[^}]*\}", "{}"); // "{1:00}" is a format item, not French punctuation
            for (int i = 1; i < value.Length; i++)
            {
                if (value[i] is ':' or ';' or '?' or '!')
                    Assert.True(value[i - 1] == '\u00A0', $"{key}: '{value[i]}' needs a no-break space before it");
            }
        }
        Assert.Equal("{0}\u00A0h\u00A0{1:00}", values.Single(v => v.Key == "TimeWithMinutes").Value);
    }
}
