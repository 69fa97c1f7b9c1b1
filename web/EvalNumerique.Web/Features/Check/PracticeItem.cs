using EvalNumerique.ItemBank.Items;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// The how-to's practice question: never scored, never stored. It teaches the gesture the check
/// uses everywhere — touch an answer, then touch "Valider" — on something everybody knows.
/// </summary>
public static class PracticeItem
{
    public const string Id = "practice-sun";

    public static Item Create(IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var choices = new List<Choice>
        {
            new("sun", text["PracticeSun"], null),
            new("rain", text["PracticeRain"], null),
            new("moon", text["PracticeMoon"], null),
        };
        return new Item(
            Id: Id,
            Competence: "device.touch",
            Level: 1,
            Irt: new IrtParameters(1, -1.5, 0.15, 1, Calibrated: false),
            Status: ItemStatus.Draft,
            Version: 1,
            Audio: $"{text["PracticeQuestion"]} {text["PracticeSun"]}. {text["PracticeRain"]}. {text["PracticeMoon"]}.",
            Feedback: text["PracticeRight"],
            Image: null,
            AudioFile: null,
            Enemies: [],
            Tags: [],
            Stem: $"**{text["PracticeQuestion"]}**",
            Content: new SingleChoiceContent(choices, "sun"),
            SourcePath: "practice/practice-sun.md");
    }
}
