using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.Web.Features.Check.Items;

/// <summary>
/// What "Écouter" reads for an item: its audio script, plus any answer the script does not
/// already say — a person who cannot read the choices must still hear every one of them.
/// </summary>
public static class ItemAudio
{
    public static string Text(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var choices = item.Content switch
        {
            SingleChoiceContent c => c.Choices,
            MultipleChoiceContent c => c.Choices,
            OrderingContent c => c.Choices,
            _ => [],
        };
        string spoken = Simplify(item.Audio);
        var missing = choices.Where(c => !spoken.Contains(Simplify(c.Text), StringComparison.Ordinal)).Select(c => c.Text.Trim()).ToList();
        if (missing.Count == 0) return item.Audio;
        // The bank is French: the added words are French too.
        return $"{item.Audio.TrimEnd()} Les réponses : {string.Join(" ; ", missing)}.";
    }

    /// <summary>Letters and digits only, lower case: "« Oui » !" and "oui" compare equal.</summary>
    private static string Simplify(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
