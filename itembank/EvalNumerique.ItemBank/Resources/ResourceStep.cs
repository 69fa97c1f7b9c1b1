namespace EvalNumerique.ItemBank.Resources;

/// <summary>One step of a learning pathway: a tutorial to watch, a workshop to attend, someone to meet.</summary>
/// <param name="Id">Unique id in <c>resources.yaml</c>.</param>
/// <param name="Type">What kind of step it is (see <see cref="Types"/>).</param>
/// <param name="Title">Short title shown to the person.</param>
/// <param name="Description">One or two FALC sentences.</param>
/// <param name="Duration">How long it takes, as written (e.g. <c>15 min</c>, <c>2 h</c>).</param>
/// <param name="Url">Optional https address of the resource.</param>
public sealed record ResourceStep(string Id, string Type, string Title, string Description, string? Duration, string? Url = null)
{
    /// <summary>The step types a pathway knows how to show.</summary>
    public static IReadOnlyList<string> Types { get; } =
    [
        "tutorial", "video", "workshop", "practice", "exercise", "guide", "accompaniment", "equipment", "mediation", "referral",
    ];

    /// <summary>The duration in minutes when it is written as <c>N</c>, <c>N min</c> or <c>N h</c>; otherwise <see langword="null"/>.</summary>
    public int? DurationMinutes => DurationParser.ToMinutes(Duration);
}
