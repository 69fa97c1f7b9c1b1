using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>Rules of text-entry items: a labelled input of a known kind and at least one accepted value.</summary>
internal static class TextEntryValidator
{
    public static void Validate(TextEntryContent content, FileDiagnostics d)
    {
        if (string.IsNullOrWhiteSpace(content.Input.Label))
        {
            d.Error("input.label", RuleIds.TextInput, "the input has no label. Fix: write what the person must type, e.g. 'label: \"Votre ville\"'.");
        }

        if (!TextInput.Kinds.Contains(content.Input.Kind))
        {
            d.Error("input.kind", RuleIds.TextInput,
                $"input kind '{content.Input.Kind}' is unknown. Fix: use text, email, number or date.");
        }

        CheckAccept(content.Answer, "answer", d);
    }

    /// <summary>At least one accepted value, none empty once normalised; shared with simulation fields.</summary>
    public static void CheckAccept(TextAnswer answer, string mapPath, FileDiagnostics d)
    {
        if (answer.Accept.Count == 0)
        {
            d.Error(mapPath, RuleIds.TextAnswer, "no accepted value is given. Fix: write 'accept: [\"…\"]' with every answer that is right.");
        }

        foreach (var value in answer.Accept)
        {
            if (TextNormaliser.Normalise(value, answer.Normalise).Length == 0)
            {
                d.Error(mapPath, RuleIds.TextAnswer, "an accepted value is empty. Fix: remove it or write the right answer.");
            }
        }
    }
}
