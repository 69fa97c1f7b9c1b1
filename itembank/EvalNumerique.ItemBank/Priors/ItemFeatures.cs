using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// What an item's author fixes before anyone answers it, and so what can predict its difficulty before
/// calibration: the features of the explanatory IRT tradition (Fischer, 1973, LLTM; De Boeck &amp; Wilson, 2004,
/// "Explanatory Item Response Models") — type, domain, competence, expert level, how many things can be chosen
/// and how many actions the key needs, text lengths, the French reading ease of the stem, pictures, simulation,
/// tags.
/// </summary>
/// <param name="Type">The interaction type (one-hot in the model).</param>
/// <param name="Domain">The domain part of the competence id (one-hot).</param>
/// <param name="Competence">The competence id (one-hot).</param>
/// <param name="Level">The expert level 1–4.</param>
/// <param name="ResponseOptions">What can be chosen: choices, hotspot regions, 2 for yes-no, 1 for a text field, the tappable elements and fields of a simulated screen.</param>
/// <param name="RequiredActions">What the key needs done: right choices to tick, steps to order, taps of a sequence, fields plus the submit tap; 1 otherwise.</param>
/// <param name="StemWords">Words of the Markdown stem.</param>
/// <param name="AudioWords">Words of the audio script (stem, choices and instructions read aloud).</param>
/// <param name="Readability">Kandel–Moles reading ease of the stem (<see cref="TextMeasures.KandelMoles"/>).</param>
/// <param name="HasPicture">A picture with the stem, on a choice, a hotspot image, or an image on the simulated screen.</param>
/// <param name="IsSimulation">Whether the person does the task on a simulated screen.</param>
/// <param name="TagCount">Number of free keywords.</param>
public sealed record ItemFeatures(
    ItemType Type,
    string Domain,
    string Competence,
    int Level,
    int ResponseOptions,
    int RequiredActions,
    int StemWords,
    int AudioWords,
    double Readability,
    bool HasPicture,
    bool IsSimulation,
    int TagCount)
{
    /// <summary>The features of an item.</summary>
    public static ItemFeatures From(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var stem = FrenchReadability.Measure(item.Stem);
        return new ItemFeatures(
            item.Type,
            item.Domain,
            item.Competence,
            item.Level,
            ResponseOptionsOf(item.Content),
            RequiredActionsOf(item.Content),
            stem.Words,
            FrenchReadability.Words(item.Audio).Count,
            stem.KandelMoles,
            item.Image is not null || HasContentPicture(item.Content),
            item.Type == ItemType.Simulation,
            item.Tags.Count);
    }

    private static int ResponseOptionsOf(ItemContent content) => content switch
    {
        SingleChoiceContent c => c.Choices.Count,
        MultipleChoiceContent c => c.Choices.Count,
        OrderingContent c => c.Choices.Count,
        YesNoContent => 2,
        HotspotContent c => c.Regions.Count,
        TextEntryContent => 1,
        SimulationContent c => c.Screen.Elements.Count(e => e.IsTappable || e.IsField),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content.Type, "Unknown item content."),
    };

    private static int RequiredActionsOf(ItemContent content) => content switch
    {
        MultipleChoiceContent c => c.Answer.Count,
        OrderingContent c => c.Answer.Count,
        SimulationContent { Answer: SequenceAnswer s } => s.Ids.Count,
        SimulationContent { Answer: FieldsAnswer f } => f.Fields.Count + 1,
        _ => 1,
    };

    private static bool HasContentPicture(ItemContent content) => content switch
    {
        SingleChoiceContent c => c.Choices.Any(x => x.Image is not null),
        MultipleChoiceContent c => c.Choices.Any(x => x.Image is not null),
        OrderingContent c => c.Choices.Any(x => x.Image is not null),
        HotspotContent => true,
        SimulationContent c => c.Screen.Elements.Any(e => e.Image is not null),
        _ => false,
    };
}
