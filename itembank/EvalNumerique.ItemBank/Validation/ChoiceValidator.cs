using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>Rules of single-choice, multiple-choice and ordering items: counts, unique ids, answers that reference choices.</summary>
internal static class ChoiceValidator
{
    public static void Validate(ItemContent content, FileDiagnostics d, ValidationContext ctx)
    {
        var (choices, min, max, name) = content switch
        {
            SingleChoiceContent s => (s.Choices, 2, 5, "single-choice"),
            MultipleChoiceContent m => (m.Choices, 3, 6, "multiple-choice"),
            OrderingContent o => (o.Choices, 3, 5, "ordering"),
            _ => throw new ArgumentException("Not a choice item.", nameof(content)),
        };

        if (choices.Count < min || choices.Count > max)
        {
            d.Error("choices", RuleIds.ChoiceCount,
                $"a {name} item has {choices.Count} choices; it needs {min} to {max}. Fix: {(choices.Count < min ? "add" : "remove")} choices.");
        }

        CheckIds(choices.Select(c => c.Id).ToList(), "choices", "choice", d);
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(choices[i].Text) && choices[i].Image is null)
            {
                d.Error($"choices[{i}]", RuleIds.RequiredField, $"choice '{choices[i].Id}' has no text. Fix: write the text to show and read aloud.");
            }

            FileReferenceValidator.CheckPicture(choices[i].Image, $"choices[{i}].image", $"the picture of choice '{choices[i].Id}'", d, ctx);
        }

        var ids = choices.Select(c => c.Id).ToList();
        var list = string.Join(", ", ids);
        switch (content)
        {
            case SingleChoiceContent single when !ids.Contains(single.Answer):
                d.Error("answer", RuleIds.Answer,
                    $"answer '{single.Answer}' is not one of the choices ({list}). Fix: set answer to the id of the right choice.");
                break;
            case MultipleChoiceContent multiple:
                if (multiple.Answer.Count == 0)
                {
                    d.Error("answer", RuleIds.Answer, "the answer lists no choice. Fix: list the ids of every right choice, e.g. 'answer: [a, c]'.");
                }

                ReportUnknown(multiple.Answer, ids, list, d);
                CheckIds(multiple.Answer, "answer", "answer id", d);
                break;
            case OrderingContent ordering:
                ReportUnknown(ordering.Answer, ids, list, d);
                if (ordering.Answer.Count != ids.Count || ordering.Answer.Distinct().Count() != ordering.Answer.Count
                    || !ids.All(ordering.Answer.Contains))
                {
                    d.Error("answer", RuleIds.Answer,
                        $"answer [{string.Join(", ", ordering.Answer)}] is not an order of all the steps ({list}). Fix: list every step id exactly once, in the right order.");
                }

                break;
        }
    }

    /// <summary>Reports ids that appear twice; shared by choices, regions and screen elements.</summary>
    public static void CheckIds(IReadOnlyList<string> ids, string mapPath, string what, FileDiagnostics d)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!seen.Add(ids[i]))
            {
                d.Error($"{mapPath}[{i}]", RuleIds.DuplicateLocalId, $"{what} id '{ids[i]}' is used twice. Fix: give each {what} its own id.");
            }
        }
    }

    private static void ReportUnknown(IReadOnlyList<string> answer, List<string> ids, string list, FileDiagnostics d)
    {
        for (var i = 0; i < answer.Count; i++)
        {
            if (!ids.Contains(answer[i]))
            {
                d.Error($"answer[{i}]", RuleIds.Answer,
                    $"answer '{answer[i]}' is not one of the choices ({list}). Fix: use only ids of the choices.");
            }
        }
    }
}
