using System.Text.Json;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// Turns a finished check into words: per domain, an EAP estimate from that domain's answers
/// alone (same item parameters, standard normal prior), its level band, whether the band is sure
/// (SE ≤ 0.8: a domain seen through two or three questions rarely does better; the page says the whole result is a first idea), the can-do descriptors reached, and a
/// pathway of at most three steps from resources.yaml — weakest domains first, the competences
/// the person asked for first within them, equipment help first when equipment is missing.
/// </summary>
public static class CheckResults
{
    private const double ConfidentSe = 0.8;
    private const int PathwayLength = 3;

    public static CheckResult Build(Data.Check check, CatSession session, ItemBankProvider bank, string language)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(bank);
        string lang = language == "en" ? "en" : "fr";
        var pool = session.Pool; // the parameters the check was run with
        var framework = bank.Framework;
        var needs = check.Needs.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var equipment = JsonSerializer.Deserialize<Dictionary<string, string>>(check.Equipment, CheckService.Json) ?? [];

        var domains = new List<DomainResult>();
        foreach (var domain in framework.Domains)
        {
            var answers = session.Responses.Where(r => pool.Domains.ElementAtOrDefault(pool.DomainOf(r.Item)) == domain.Id).ToArray();
            var estimate = ExpectedAPosteriori.Estimate(pool, answers, EstimationOptions.Default.Quadrature, NormalPrior.Standard);
            int level = CheckSettings.LevelOf(estimate.Theta);
            bool confident = estimate.Se <= ConfidentSe;
            int right = answers.Count(a => a.IsCorrect);
            var canDo = right == 0 ? [] : domain.Competences
                .Select(c => c.Levels.FirstOrDefault(l => l.Level == level)?.CanDo.For(lang))
                .OfType<string>().ToList();
            var next = level >= 4 ? [] : domain.Competences
                .Select(c => c.Levels.FirstOrDefault(l => l.Level == level + 1)?.CanDo.For(lang))
                .OfType<string>().ToList();
            domains.Add(new DomainResult(domain.Id, domain.Name.For(lang), domain.Pictogram ?? "", level, confident, answers.Length, right,
                estimate.Theta, estimate.Se, canDo, next));
        }

        var wanted = needs.SelectMany(n => Needs.All.FirstOrDefault(x => x.Id == n)?.Competences ?? []).ToHashSet();
        var steps = new List<PathwayStep>();
        if (Needs.EquipmentMissing(equipment))
            steps.AddRange(StepsOfType(bank, "equipment", lang).Take(1));
        foreach (var domain in domains.OrderBy(d => d.Level).ThenBy(d => d.Theta))
        {
            var competences = framework.Domains.First(d => d.Id == domain.DomainId).Competences
                .OrderByDescending(c => wanted.Contains(c.Id));
            foreach (var competence in competences)
            {
                var step = bank.Bank.Resources.StepsFor(competence.Id, Math.Min(4, domain.Level + 1))
                    .FirstOrDefault(s => s.Type != "equipment");
                if (step is null) continue;
                steps.Add(new PathwayStep(competence.Id, competence.Name.For(lang), step.Type, step.Title, step.Description, step.Duration));
                break; // one step per domain, so the three steps cover three domains
            }
            if (steps.Count >= PathwayLength) break;
        }

        var overall = session.Estimate;
        return new CheckResult(check.ResumeCode, check.FinishedAt, overall.Theta, overall.Se, CheckSettings.LevelOf(overall.Theta),
            domains, [.. steps.Take(PathwayLength)], needs, equipment);
    }

    private static IEnumerable<PathwayStep> StepsOfType(ItemBankProvider bank, string type, string lang) =>
        from set in bank.Bank.Resources.Sets
        from step in set.Steps
        where step.Type == type
        let competence = bank.Framework.Competences.FirstOrDefault(c => c.Id == set.Competence)
        select new PathwayStep(set.Competence, competence?.Name.For(lang) ?? set.Competence, step.Type, step.Title, step.Description, step.Duration);
}
