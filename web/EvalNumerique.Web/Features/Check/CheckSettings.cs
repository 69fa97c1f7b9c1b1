using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// How the beneficiary's check is run by the engine: EAP, maximum information with a small
/// randomesque (so two people do not see the very same questions), equal shares of the five
/// domains, at least two questions per domain, 10 to 20 questions, stopping once the SE reaches
/// 0.45 (a 95 % interval of about ±0.9, enough to place a person in one of four level bands).
/// </summary>
public static class CheckSettings
{
    public const int MinLength = 10;
    public const int MaxLength = 20;
    public const double SeTarget = 0.45;
    public const int MinPerDomain = 2;
    public const int RandomesqueSize = 3;

    public static CatOptions For(IReadOnlyList<string> domains, IReadOnlyList<IReadOnlyList<string>> enemyGroups) => new()
    {
        Selection = new SelectionOptions
        {
            Exposure = ExposureControl.Randomesque,
            RandomesqueSize = RandomesqueSize,
            ContentTargets = domains.ToDictionary(d => d, _ => 1.0),
        },
        Stopping = new StoppingRule
        {
            MinLength = MinLength,
            MaxLength = MaxLength,
            SeTarget = SeTarget,
            MinPerDomain = domains.ToDictionary(d => d, _ => MinPerDomain),
        },
        EnemyGroups = enemyGroups,
    };

    /// <summary>
    /// The four expert levels have prior difficulties −1.5, −0.5, 0.5 and 1.5: their bands meet at
    /// −1, 0 and 1 on the θ scale.
    /// </summary>
    public static int LevelOf(double theta) => theta < -1 ? 1 : theta < 0 ? 2 : theta < 1 ? 3 : 4;
}
