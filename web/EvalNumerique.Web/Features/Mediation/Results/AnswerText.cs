using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>
/// A stored response in words, for the professional: the labels of the choices (in the order given
/// for an ordering), the region tapped, the text typed, the screen elements tapped and the fields
/// filled in a simulation. "Je ne sais pas" is shown in its own column, and Oui / Non by the page in
/// its language (<see cref="SaidYes"/>): both give an empty text here.
/// </summary>
public static class AnswerText
{
    private const string Then = " → ";

    /// <param name="item">The item answered.</param>
    /// <param name="response">The response as stored.</param>
    /// <param name="language">"fr" or "en": French quotes « » or English “ ”.</param>
    public static string Describe(Item item, Response response, string language)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsDontKnow) return "";
        return item.Content switch
        {
            SingleChoiceContent c => Labels(c.Choices, response.Chosen, " + "),
            MultipleChoiceContent c => Labels(c.Choices, response.Chosen, " + "),
            OrderingContent c => Labels(c.Choices, response.Chosen, Then),
            YesNoContent => "",
            HotspotContent c => c.Regions.FirstOrDefault(r => r.Id == response.Region)?.Label ?? response.Region ?? "",
            TextEntryContent => Quote(response.Text ?? "", language),
            SimulationContent c => Simulation(c.Screen, response, language),
            _ => "",
        };
    }

    /// <summary>For a yes-no item, whether the person pressed Oui; null for other items and for "Je ne sais pas".</summary>
    public static bool? SaidYes(Item item, Response response)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(response);
        return item.Content is YesNoContent && !response.IsDontKnow && response.Chosen.Count == 1 ? response.Chosen[0] == "yes" : null;
    }

    private static string Labels(IReadOnlyList<Choice> choices, IReadOnlyList<string> chosen, string separator) =>
        string.Join(separator, chosen.Select(id => choices.FirstOrDefault(c => c.Id == id)?.Text ?? id));

    private static string Simulation(Screen screen, Response response, string language)
    {
        var parts = new List<string>();
        foreach (var (field, value) in response.Fields)
        {
            var element = screen.Find(field);
            parts.Add($"{element?.Label ?? element?.Text ?? field} = {Quote(value, language)}");
        }
        if (response.Taps.Count > 0)
            parts.Add(string.Join(Then, response.Taps.Select(id => screen.Find(id) is { } e ? e.Text ?? e.Label ?? id : id)));
        return string.Join(" ; ", parts);
    }

    private static string Quote(string text, string language) => language == "en" ? $"“{text}”" : $"«\u00A0{text}\u00A0»";
}
