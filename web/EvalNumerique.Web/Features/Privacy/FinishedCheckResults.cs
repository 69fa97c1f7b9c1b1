using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>The result of a finished check, for exports; unfinished checks have none.</summary>
public sealed class FinishedCheckResults(CheckService checks)
{
    /// <summary>The result of this check (its answers loaded), or null when it is not finished.</summary>
    public CheckResult? Of(Data.Check check, string language)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Stage == Data.CheckStage.Finished ? checks.ResultOf(check, language) : null;
    }
}
