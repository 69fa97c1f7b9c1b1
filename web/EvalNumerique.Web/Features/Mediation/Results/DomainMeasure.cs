namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>A domain's estimate in one check, from that domain's answers alone.</summary>
/// <param name="DomainId">The domain's id.</param>
/// <param name="Name">Its name in the page's language.</param>
/// <param name="Measure">θ, SE, interval and levels.</param>
/// <param name="Questions">Questions of the domain asked.</param>
/// <param name="Right">Of which right.</param>
public sealed record DomainMeasure(string DomainId, string Name, MeasuredTheta Measure, int Questions, int Right)
{
    /// <summary>No question of the domain was asked: the estimate is only the prior, not a measure.</summary>
    public bool Measured => Questions > 0;
}
