using System.Globalization;
using EvalNumerique.Cli.Input;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Stopping;
using EvalNumerique.ItemBank.Adaptive;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// <c>evalnum demo [--itembank DIR] [--seed S]</c>: loads the real item bank, then walks three
/// simulated people (struggling, middle, at ease) through the adaptive check the web app will
/// run, printing every step. The people and their answers are simulated — demo data, said so
/// on screen.
/// </summary>
public static class DemoCommand
{
    private static readonly double[] TrueThetas = [-1.5, 0.0, 1.5];

    public static int Run(Arguments args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string folder = ItembankFolder.Resolve(args.Optional("itembank"));
        ulong seed = ulong.TryParse(args.Optional("seed") ?? "2026", CultureInfo.InvariantCulture, out ulong s) ? s : throw new CliException("--seed must be a whole number");
        args.RejectUnknown();

        var bank = ItemBankLoader.Load(folder);
        var adaptive = AdaptivePool.From(bank);
        var pool = adaptive.Pool;
        var domains = pool.Domains;
        var options = new CatOptions
        {
            Selection = new SelectionOptions
            {
                Exposure = ExposureControl.Randomesque,
                RandomesqueSize = 3,
                ContentTargets = domains.ToDictionary(d => d, _ => 1.0),
            },
            Stopping = new StoppingRule
            {
                MinLength = 10,
                MaxLength = 20,
                SeTarget = 0.45,
                MinPerDomain = domains.ToDictionary(d => d, _ => 2),
            },
            EnemyGroups = adaptive.EnemyGroups,
        };

        output.WriteLine("EvalNumerique demo: SIMULATED people on the real item bank (demo data, not real results)");
        output.WriteLine($"Bank: {bank.Items.Count} items loaded from {folder}, {bank.Errors.Count()} errors, {bank.Warnings.Count()} warnings (details: evalnum validate)");
        output.WriteLine($"Adaptive pool: {pool.Count} live items in {domains.Count} domains ({string.Join(", ", domains)})");
        output.WriteLine("Check: EAP estimate, maximum information with randomesque top-3, content balanced, ≥ 2 items per domain, 10–20 items, stops at SE ≤ 0.45");

        for (int person = 0; person < TrueThetas.Length; person++)
        {
            double trueTheta = TrueThetas[person];
            var session = new CatSession(pool, options, RandomSource.Derive(seed, (ulong)person));
            var answers = new RandomSource(RandomSource.Derive(seed, 100 + (ulong)person));
            output.WriteLine();
            output.WriteLine($"Person {person + 1} of {TrueThetas.Length}: simulated true ability θ = {trueTheta:+0.00;-0.00}");
            output.WriteLine($"  {"#",2}  {"item",-30} {"lvl",3}  {"type",-15} {"answer",-7} {"θ",6} {"SE",5}  question");
            for (int item = session.NextItem(); item >= 0; item = session.NextItem())
            {
                int score = answers.NextDouble() < pool.Probability(item, trueTheta) ? 1 : 0;
                session.Answer(item, score);
                var bankItem = bank.FindItem(pool.Ids[item])!;
                output.WriteLine($"  {session.Responses.Count,2}  {bankItem.Id,-30} {bankItem.Level,3}  {ItemBank.Items.ItemTypeNames.Name(bankItem.Type),-15} {(score == 1 ? "right" : "not yet"),-7} {session.Estimate.Theta,6:+0.00;-0.00} {session.Estimate.Se,5:0.00}  {FirstLine(bankItem.Stem)}");
            }
            var estimate = session.Estimate;
            output.WriteLine($"  Stopped ({session.StopReason}) after {session.Responses.Count} items: θ = {estimate.Theta:+0.00;-0.00} ± {1.96 * estimate.Se:0.00} (95 %), level band {LevelBand(estimate.Theta)} of 4");
            output.WriteLine($"  Items per domain: {string.Join(", ", domains.Select((d, g) => $"{d} {session.AdministeredPerDomain[g]}"))}");
        }
        return 0;
    }

    /// <summary>The four expert levels have prior difficulties −1.5, −0.5, 0.5, 1.5: their bands meet at −1, 0 and 1.</summary>
    private static int LevelBand(double theta) => theta < -1 ? 1 : theta < 0 ? 2 : theta < 1 ? 3 : 4;

    private static string FirstLine(string stem)
    {
        string line = stem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        line = line.Replace("**", "", StringComparison.Ordinal);
        return line.Length <= 60 ? line : line[..59] + "…";
    }
}
