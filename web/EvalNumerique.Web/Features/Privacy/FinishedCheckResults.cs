using EvalNumerique.Engine.Sessions;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// The result of a finished check read from its stored engine state, for exports. Resumes the
/// session exactly as <see cref="CheckService"/> does (stored state first, replay of the stored
/// answers if the bank changed since) — to be replaced by a shared <c>CheckService.ResultOfAsync</c>
/// when the check feature offers one.
/// </summary>
public sealed class FinishedCheckResults(ItemBankProvider bank)
{
    /// <summary>The result of this check (its answers loaded), or null when it is not finished.</summary>
    public CheckResult? Of(Data.Check check, string language)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Stage != Data.CheckStage.Finished) return null;
        return CheckResults.Build(check, Session(check), bank, language);
    }

    private CatSession Session(Data.Check check)
    {
        var adaptive = bank.Adaptive;
        if (!string.IsNullOrEmpty(check.SessionState))
        {
            try
            {
                return CatSession.Resume(adaptive.Pool, CatSessionState.FromJson(check.SessionState));
            }
            catch (ArgumentException)
            {
                // The bank changed since the last answer: replay the stored answers on the new bank.
            }
        }
        var session = new CatSession(adaptive.Pool, CheckSettings.For(adaptive.Pool.Domains, adaptive.EnemyGroups), (ulong)check.Seed);
        foreach (var answer in check.Answers.OrderBy(a => a.Sequence))
            if (adaptive.Pool.IndexOf(answer.ItemId) >= 0 && !session.IsFinished) session.Answer(answer.ItemId, answer.Score);
        return session;
    }
}
