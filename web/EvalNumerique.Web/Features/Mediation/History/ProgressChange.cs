namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>The change of θ between two checks and whether it exceeds the measurement error.</summary>
/// <param name="Difference">θ of the later check minus θ of the earlier one.</param>
/// <param name="Threshold">1.96·√(SE₁² + SE₂²): the smallest difference the two measures can tell apart.</param>
/// <param name="IsReliable">|Difference| &gt; Threshold.</param>
public readonly record struct ProgressChange(double Difference, double Threshold, bool IsReliable)
{
    /// <summary>+1 a sure progress, −1 a sure decline, 0 no sure difference.</summary>
    public int Direction => IsReliable ? Math.Sign(Difference) : 0;
}
