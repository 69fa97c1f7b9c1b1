using System.Globalization;
using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>Rules across files: unique ids, enemies that exist, every competence covered at every level.</summary>
internal static class BankValidator
{
    public static void CheckDuplicates(IReadOnlyList<(ItemReadResult Read, FileDiagnostics File)> files)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = files.Select(f => f.Read.Id).OfType<string>().ToList();
        foreach (var (read, file) in files)
        {
            if (read.Id is null)
            {
                continue;
            }

            if (first.TryGetValue(read.Id, out var owner))
            {
                file.Error("id", RuleIds.DuplicateId,
                    $"id '{read.Id}' is already used by {owner}. Fix: give this item the next free id, {NextFreeId(read.Id, all)}, and rename the file to match.");
            }
            else
            {
                first[read.Id] = file.Path;
            }
        }
    }

    public static void CheckEnemies(IReadOnlyList<(ItemReadResult Read, FileDiagnostics File)> files)
    {
        var ids = files.Select(f => f.Read.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (read, file) in files)
        {
            var enemies = read.Item?.Enemies ?? [];
            for (var i = 0; i < enemies.Count; i++)
            {
                if (!ids.Contains(enemies[i]))
                {
                    file.Error($"enemies[{i}]", RuleIds.Enemies,
                        $"enemy '{enemies[i]}' is not an item of the bank. Fix: correct the id or remove it from enemies.");
                }
            }
        }
    }

    /// <summary>Warns, at the competence's line in framework.yaml, about levels without any item (retired items do not count).</summary>
    public static void CheckCoverage(CompetenceFramework framework, IReadOnlyList<Item> items, FileDiagnostics frameworkFile)
    {
        for (var i = 0; i < framework.Domains.Count; i++)
        {
            var competences = framework.Domains[i].Competences;
            for (var j = 0; j < competences.Count; j++)
            {
                var competence = competences[j];
                var path = $"domains[{i}].competences[{j}]";
                var levels = items.Where(it => it.Competence == competence.Id && it.Status != ItemStatus.Retired)
                    .Select(it => it.Level).ToHashSet();
                var missing = Enumerable.Range(1, 4).Where(l => !levels.Contains(l)).ToList();
                if (levels.Count == 0)
                {
                    frameworkFile.Warning(path, RuleIds.Coverage,
                        $"competence '{competence.Id}' has no item. Fix: write items in {competence.ItemFolder}/, at least one per level 1 to 4.");
                }
                else if (missing.Count > 0)
                {
                    frameworkFile.Warning(path, RuleIds.Coverage,
                        $"competence '{competence.Id}' has no item at level {string.Join(", ", missing)}. Fix: write an item of that level in {competence.ItemFolder}/.");
                }
            }
        }
    }

    private static string NextFreeId(string id, IReadOnlyList<string> all)
    {
        var cut = id.LastIndexOf('-');
        if (cut < 0)
        {
            return id + "-001";
        }

        var prefix = id[..(cut + 1)];
        var highest = all.Where(i => i.StartsWith(prefix, StringComparison.Ordinal))
            .Select(i => int.TryParse(i[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (highest + 1).ToString("000", CultureInfo.InvariantCulture);
    }
}
