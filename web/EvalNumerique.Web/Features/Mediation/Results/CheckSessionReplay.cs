using EvalNumerique.Engine.Sessions;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>
/// The engine session of a stored check, read-only: resumed from its saved state, or replayed from
/// its answers when the bank changed since (the same rule as <see cref="CheckService"/>, which keeps
/// its own private; a shared public method there would remove this copy).
/// </summary>
internal static class CheckSessionReplay
{
    public static CatSession Of(Data.Check check, ItemBankProvider bank)
    {
        var pool = bank.Adaptive.Pool;
        if (!string.IsNullOrEmpty(check.SessionState))
        {
            try
            {
                return CatSession.Resume(pool, CatSessionState.FromJson(check.SessionState));
            }
            catch (ArgumentException)
            {
                // The bank changed since the last answer: replay the stored answers below.
            }
        }
        var session = new CatSession(pool, CheckSettings.For(pool.Domains, bank.Adaptive.EnemyGroups), (ulong)check.Seed);
        foreach (var answer in check.Answers.OrderBy(a => a.Sequence))
            if (pool.IndexOf(answer.ItemId) >= 0 && !session.IsFinished) session.Answer(answer.ItemId, answer.Score);
        return session;
    }
}
