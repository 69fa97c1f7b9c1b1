using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Validation;
using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Reads <c>{accept: [...], normalise: [...]}</c>; a bare text or list is taken as <c>accept</c>.</summary>
internal static class TextAnswerReader
{
    /// <summary>Used when <c>normalise</c> is not written: the four rules, the kindest comparison.</summary>
    public static readonly IReadOnlyList<NormaliseRule> DefaultRules =
        [NormaliseRule.Trim, NormaliseRule.Case, NormaliseRule.Accents, NormaliseRule.Spaces];

    private const string Example = "{ accept: [\"Paris\"], normalise: [trim, case, accents, spaces] }";

    public static TextAnswer? Read(YamlMap parent, string key)
    {
        var node = parent.Get(key);
        if (node is YamlScalarNode or YamlSequenceNode)
        {
            var accept = parent.TextList(key, required: true, example: Example);
            return accept is null ? null : new TextAnswer(accept, DefaultRules);
        }

        var map = parent.Map(key, required: true, example: Example);
        if (map is null)
        {
            return null;
        }

        map.WarnUnknown(["accept", "normalise"]);
        var values = map.TextList("accept", required: true, example: "[\"Paris\"]");
        var names = map.TextList("normalise", example: "[trim, case, accents, spaces]");
        var rules = new List<NormaliseRule>();
        foreach (var name in names ?? [])
        {
            if (ItemTypeNames.TryParseNormalise(name.Trim(), out var rule))
            {
                rules.Add(rule);
            }
            else
            {
                map.Diagnostics.Error(map.Child("normalise"), RuleIds.TextAnswer,
                    $"normalise rule '{name}' is unknown. Fix: use only {string.Join(", ", ItemTypeNames.NormaliseNames)}" +
                    $"{Spelling.Hint(name, ItemTypeNames.NormaliseNames)}.");
            }
        }

        return values is null ? null : new TextAnswer(values, names is null ? DefaultRules : rules);
    }
}
