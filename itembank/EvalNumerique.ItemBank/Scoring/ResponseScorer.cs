using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Scoring;

/// <summary>
/// Scores a <see cref="Response"/> against an item's answer key: one pure function per item type,
/// <see langword="true"/> when right. "Je ne sais pas" is always wrong (0), never an error.
/// </summary>
public static class ResponseScorer
{
    /// <summary>Scores a response to any item, dispatching on its type.</summary>
    public static bool Score(Item item, Response response)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Score(item.Content, response);
    }

    /// <summary>Scores a response against any item content.</summary>
    public static bool Score(ItemContent content, Response response) => content switch
    {
        SingleChoiceContent c => Score(c, response),
        MultipleChoiceContent c => Score(c, response),
        YesNoContent c => Score(c, response),
        OrderingContent c => Score(c, response),
        HotspotContent c => Score(c, response),
        TextEntryContent c => Score(c, response),
        SimulationContent c => Score(c, response),
        _ => throw new ArgumentException($"Unknown content {content?.GetType().Name}.", nameof(content)),
    };

    /// <summary>Right when exactly the right choice is chosen.</summary>
    public static bool Score(SingleChoiceContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Answered(response) && response.Chosen.Count == 1 && response.Chosen[0] == content.Answer;
    }

    /// <summary>Right when the chosen set is exactly the set of right choices.</summary>
    public static bool Score(MultipleChoiceContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Answered(response) && response.Chosen.ToHashSet(StringComparer.Ordinal).SetEquals(content.Answer);
    }

    /// <summary>Right when the button pressed (<c>yes</c>/<c>no</c>) is the answer.</summary>
    public static bool Score(YesNoContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Answered(response) && response.Chosen.Count == 1 && response.Chosen[0] == (content.Answer ? "yes" : "no");
    }

    /// <summary>Right when the steps are in exactly the right order.</summary>
    public static bool Score(OrderingContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Answered(response) && response.Chosen.SequenceEqual(content.Answer, StringComparer.Ordinal);
    }

    /// <summary>Right when the tapped region is one of the answer regions.</summary>
    public static bool Score(HotspotContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Answered(response) && response.Region is { } region && content.Answer.Contains(region);
    }

    /// <summary>Right when the typed text equals an accepted value once both are normalised.</summary>
    public static bool Score(TextEntryContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Answered(response) && response.Text is { } text && Accepts(content.Answer, text);
    }

    /// <summary>
    /// Right when: (tap) the first tap on a tappable element hits an answer id; (sequence) the answer ids
    /// were tapped in order, other taps in between ignored; (fields) every listed field holds an accepted
    /// value and the submit button was tapped.
    /// </summary>
    public static bool Score(SimulationContent content, Response response)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Answered(response))
        {
            return false;
        }

        switch (content.Answer)
        {
            case TapAnswer tap:
                var first = response.Taps.FirstOrDefault(id => content.Screen.Find(id)?.IsTappable == true);
                return first is not null && tap.Ids.Contains(first);
            case SequenceAnswer sequence:
                var next = 0;
                foreach (var id in response.Taps)
                {
                    if (next < sequence.Ids.Count && id == sequence.Ids[next])
                    {
                        next++;
                    }
                }

                return next == sequence.Ids.Count;
            case FieldsAnswer fields:
                return response.Taps.Contains(fields.Submit)
                    && fields.Fields.All(f => response.Fields.TryGetValue(f.Key, out var value) && Accepts(f.Value, value));
            default:
                return false;
        }
    }

    /// <summary>Whether a typed value matches one of the accepted values under the answer's rules.</summary>
    public static bool Accepts(TextAnswer answer, string typed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Accept.Any(accepted => TextNormaliser.Equivalent(typed, accepted, answer.Normalise));
    }

    private static bool Answered(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return !response.IsDontKnow;
    }
}
