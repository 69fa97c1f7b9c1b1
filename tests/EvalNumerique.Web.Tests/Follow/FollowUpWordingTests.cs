using System.Globalization;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Follow;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static EvalNumerique.Web.Tests.Follow.FollowRows;

namespace EvalNumerique.Web.Tests.Follow;

public sealed class FollowUpWordingTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public FollowUpWordingTests() => UseCulture("fr-FR");

    private IStringLocalizer<FollowText> Text => _services.GetRequiredService<IStringLocalizer<FollowText>>();

    private static void UseCulture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    [Theory]
    [InlineData(CheckStage.Consent, "Consentement")]
    [InlineData(CheckStage.Practice, "Prise en main")]
    [InlineData(CheckStage.Needs, "Besoins")]
    [InlineData(CheckStage.Finished, "Terminé")]
    public void Each_stage_has_its_french_word(CheckStage stage, string expected) =>
        Assert.Equal(expected, FollowUpWording.Status(Row(stage), Text, "fr"));

    [Theory]
    [InlineData(0, "Questions\u00a0: Communiquer, aucune réponse pour l'instant")]
    [InlineData(1, "Questions\u00a0: Communiquer, 1 réponse")]
    [InlineData(7, "Questions\u00a0: Communiquer, 7 réponses")]
    public void Questions_say_the_domain_on_screen_and_the_answers_given(int answered, string expected) =>
        Assert.Equal(expected, FollowUpWording.Status(Row(CheckStage.Questions, answered: answered), Text, "fr"));

    [Fact]
    public void Questions_without_a_domain_on_screen_still_say_the_answers() =>
        Assert.Equal("Questions, 2 réponses", FollowUpWording.Status(Row(CheckStage.Questions, answered: 2, domain: null), Text, "fr"));

    [Fact]
    public void In_english_the_domain_has_its_english_name()
    {
        UseCulture("en");
        Assert.Equal("Questions: Communicate, 4 answers", FollowUpWording.Status(Row(CheckStage.Questions, answered: 4), Text, "en"));
    }

    [Theory]
    [InlineData(0, "à l'instant")]
    [InlineData(59, "à l'instant")]
    [InlineData(60, "il y a 1 min")]
    [InlineData(3 * 60 + 30, "il y a 3 min")]
    [InlineData(59 * 60 + 59, "il y a 59 min")]
    [InlineData(60 * 60, "il y a 1 h")]
    [InlineData(23 * 3600 + 3599, "il y a 23 h")]
    public void Last_activity_is_said_as_time_ago(int secondsAgo, string expected) =>
        Assert.Equal(expected, FollowUpWording.Ago(Noon.AddSeconds(-secondsAgo), Noon, TimeZoneInfo.Utc, Text));

    [Fact]
    public void After_a_day_the_date_and_time_are_given() =>
        Assert.Equal("le 08/03/2026 09:15", FollowUpWording.Ago(new DateTimeOffset(2026, 3, 8, 9, 15, 0, TimeSpan.Zero), Noon, TimeZoneInfo.Utc, Text));

    [Fact]
    public void A_start_today_shows_the_time_only_in_the_desks_time_zone()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Equal("12:30", FollowUpWording.Moment(new DateTimeOffset(2026, 3, 10, 11, 30, 0, TimeSpan.Zero), Noon, paris));
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        _services.Dispose();
    }
}
