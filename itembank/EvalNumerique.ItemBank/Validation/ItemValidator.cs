using System.Text.RegularExpressions;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>The rules on one item that need no other item: ids, competence, level, IRT, texts, pictures, type-specific fields.</summary>
internal static partial class ItemValidator
{
    public static void Validate(Item item, FileDiagnostics d, ValidationContext ctx)
    {
        CheckIdentity(item, d, ctx);
        CheckIrt(item, d);
        CheckTexts(item, d);
        FileReferenceValidator.CheckPicture(item.Image, "image", "image", d, ctx);
        FileReferenceValidator.CheckAudio(item.AudioFile, d, ctx);
        if (item.Enemies.Contains(item.Id))
        {
            d.Error("enemies", RuleIds.Enemies, $"item '{item.Id}' lists itself as an enemy. Fix: remove its own id from enemies.");
        }

        switch (item.Content)
        {
            case SingleChoiceContent or MultipleChoiceContent or OrderingContent:
                ChoiceValidator.Validate(item.Content, d, ctx);
                break;
            case HotspotContent hotspot:
                HotspotValidator.Validate(hotspot, d);
                break;
            case TextEntryContent textEntry:
                TextEntryValidator.Validate(textEntry, d);
                break;
            case SimulationContent simulation:
                SimulationValidator.Validate(simulation, d, ctx);
                break;
        }
    }

    private static void CheckIdentity(Item item, FileDiagnostics d, ValidationContext ctx)
    {
        var expectedPrefix = item.Competence.Replace('.', '-') + "-";
        if (!IdPattern().IsMatch(item.Id) || !item.Id.StartsWith(expectedPrefix, StringComparison.Ordinal))
        {
            d.Error("id", RuleIds.IdFormat,
                $"id '{item.Id}' does not follow <domain>-<competence>-<NNN> for competence '{item.Competence}'. " +
                $"Fix: use an id like '{expectedPrefix}001' (three digits) and name the file the same.");
        }

        var fileName = Path.GetFileNameWithoutExtension(d.Path);
        if (fileName != item.Id)
        {
            d.Error("id", RuleIds.IdFileName,
                $"id '{item.Id}' is not the file name '{fileName}'. Fix: rename the file to '{item.Id}.md' or set 'id: {fileName}'.");
        }

        if (ctx.Framework is { } framework && framework.FindCompetence(item.Competence) is null)
        {
            d.Error("competence", RuleIds.CompetenceUnknown,
                $"competence '{item.Competence}' is not in framework.yaml. Fix: use one of {string.Join(", ", framework.Competences.Select(c => c.Id))}" +
                $"{Spelling.Hint(item.Competence, framework.Competences.Select(c => c.Id))}.");
        }

        var folder = Path.GetDirectoryName(d.Path)?.Replace('\\', '/') ?? string.Empty;
        var expectedFolder = "items/" + item.Competence.Replace('.', '/');
        if (folder != expectedFolder)
        {
            d.Error("competence", RuleIds.CompetenceFolder,
                $"competence '{item.Competence}' does not match the folder '{folder}'. Fix: move the file to {expectedFolder}/ or correct the competence.");
        }

        if (item.Level is < 1 or > 4)
        {
            d.Error("level", RuleIds.LevelRange,
                $"level {item.Level} is not an expert level. Fix: use 1 (découverte), 2 (débutant), 3 (à l'aise) or 4 (autonome).");
        }

        if (item.Version < 1)
        {
            d.Error("version", RuleIds.VersionRange, $"version {item.Version} must be 1 or more. Fix: start at 'version: 1' and add 1 at each change.");
        }
    }

    private static void CheckIrt(Item item, FileDiagnostics d)
    {
        var irt = item.Irt;
        var ok = true;
        if (!(irt.A > 0) || double.IsInfinity(irt.A))
        {
            ok = false;
            d.Error("irt.a", RuleIds.IrtRange, $"irt a = {irt.A} must be a finite number above 0. Fix: use the prior value {PriorParameters.Discrimination(item.Type)} for this type.");
        }

        if (!double.IsFinite(irt.B) || irt.B < -6 || irt.B > 6)
        {
            ok = false;
            d.Error("irt.b", RuleIds.IrtRange, $"irt b = {irt.B} must be a number between -6 and 6. Fix: use -1.5, -0.5, 0.5 or 1.5 for levels 1 to 4.");
        }

        if (!(irt.C >= 0) || !(irt.C < irt.D) || !(irt.D <= 1))
        {
            ok = false;
            d.Error("irt.c", RuleIds.IrtRange, $"irt c = {irt.C}, d = {irt.D} must satisfy 0 ≤ c < d ≤ 1. Fix: use c = {PriorParameters.Guessing(item.Type)} and d = 1.0.");
        }

        if (ok && !irt.Calibrated && item.Level is >= 1 and <= 4 && !PriorParameters.Matches(irt, item.Type, item.Level))
        {
            var prior = PriorParameters.For(item.Type, item.Level);
            d.Error("irt", RuleIds.IrtPrior,
                $"irt {{ a: {irt.A}, b: {irt.B}, c: {irt.C}, d: {irt.D} }} is marked calibrated: false but is not the prior for a level {item.Level} {ItemTypeNames.Name(item.Type)} item. " +
                $"Fix: write 'irt: {{ a: {prior.A:0.0##}, b: {prior.B:0.0##}, c: {prior.C:0.0##}, d: 1.0, calibrated: false }}', or set calibrated: true if these values come from a calibration.");
        }
    }

    private static void CheckTexts(Item item, FileDiagnostics d)
    {
        if (string.IsNullOrWhiteSpace(item.Audio))
        {
            d.Error("audio", RuleIds.AudioEmpty, "the audio script is empty. Fix: write the whole text to read aloud (the question and the choices), in FALC.");
        }

        if (string.IsNullOrWhiteSpace(item.Stem))
        {
            d.Error(d.Map.Line(string.Empty), RuleIds.StemEmpty,
                "the question is empty. Fix: write the question in Markdown after the closing '---' line.");
        }

        if (string.IsNullOrWhiteSpace(item.Feedback))
        {
            d.Error("feedback", RuleIds.FeedbackEmpty, "the feedback is empty. Fix: write one or two kind sentences that explain the right answer.");
        }
        else if (BlamingWords().Match(item.Feedback) is { Success: true } blame)
        {
            d.Warning("feedback", RuleIds.FeedbackBlaming,
                $"the feedback says '{blame.Value}', which can hurt someone who answered wrong. Fix: explain the right answer kindly instead (e.g. \"La bonne réponse est…\").");
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)+-[0-9]{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\b(?:faux|erreurs?|mauvaises?\s+réponses?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlamingWords();
}
