using EvalNumerique.Engine.Estimation;

namespace EvalNumerique.Cli.Input;

/// <summary>JSON has no infinity: an estimate whose SE is infinite is reported as a line error that says why.</summary>
public static class FiniteEstimate
{
    public static void Require(ThetaEstimate estimate)
    {
        if (!double.IsFinite(estimate.Theta))
            throw new CliException("theta: the estimate is not a finite number; check the item parameters");
        if (!double.IsFinite(estimate.Se))
            throw new CliException($"se: infinite, because the answered items carry no information at θ = {estimate.Theta:R} (items far too steep or far from θ); use EAP or MAP, or wider bounds");
    }
}
