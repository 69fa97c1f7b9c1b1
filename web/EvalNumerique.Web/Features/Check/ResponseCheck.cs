using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// Whether a response fits its item: only ids the item has, sizes a person could type or tap.
/// A forged or malformed response is refused (422) instead of being stored and scored.
/// </summary>
public static class ResponseCheck
{
    public const int MaxText = 500;
    public const int MaxTaps = 60;
    public const int MaxIds = 20;

    /// <summary>What is wrong with the response, or null when it fits the item.</summary>
    public static string? Problem(Item item, Response response)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsDontKnow) return null;
        if ((response.Text?.Length ?? 0) > MaxText) return $"The text is longer than {MaxText} characters.";
        if (response.Taps.Count > MaxTaps) return $"More than {MaxTaps} taps.";
        if (response.Chosen.Count > MaxIds || response.Fields.Count > MaxIds) return "Too many choices or fields.";
        if (response.Fields.Values.Any(v => v is null || v.Length > MaxText)) return $"A field value is empty or longer than {MaxText} characters.";

        return item.Content switch
        {
            SingleChoiceContent c => Known(response.Chosen, c.Choices.Select(x => x.Id), exactlyOne: true),
            MultipleChoiceContent c => Known(response.Chosen, c.Choices.Select(x => x.Id)),
            OrderingContent c => Known(response.Chosen, c.Choices.Select(x => x.Id)),
            YesNoContent => Known(response.Chosen, ["yes", "no"], exactlyOne: true),
            HotspotContent c => response.Region is { } region && c.Regions.Any(r => r.Id == region) ? null : "Give the id of one region of the picture.",
            TextEntryContent => response.Text is null ? "Give the typed text." : null,
            SimulationContent c => Known(response.Taps, c.Screen.Elements.Where(e => e.IsTappable).Select(e => e.Id), allowEmpty: response.Fields.Count > 0)
                ?? (response.Fields.Keys.All(k => c.Screen.Elements.Any(e => e.Id == k && e.IsField)) ? null : "A field is not on this screen."),
            _ => "Unknown item type.",
        };
    }

    private static string? Known(IReadOnlyList<string> given, IEnumerable<string> known, bool exactlyOne = false, bool allowEmpty = false)
    {
        var ids = known.ToHashSet(StringComparer.Ordinal);
        if (given.Count == 0) return allowEmpty ? null : "Nothing was chosen; send \"dontKnow\": true for « Je ne sais pas ».";
        if (exactlyOne && given.Count != 1) return "Choose exactly one.";
        var unknown = given.Where(g => g is null || !ids.Contains(g)).ToList();
        return unknown.Count == 0 ? null : $"Not on this question: {string.Join(", ", unknown.Take(5))}.";
    }
}
