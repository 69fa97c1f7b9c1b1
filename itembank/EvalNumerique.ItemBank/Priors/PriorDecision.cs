namespace EvalNumerique.ItemBank.Priors;

/// <summary>Which prior won for one parameter, its SD, and why.</summary>
/// <param name="Source">The rule or the feature model.</param>
/// <param name="Sd">Prior SD: the winner's CV RMSE (logits for b, ln a for a), or the fallback SD without CV.</param>
/// <param name="Reason">Why, with the CV numbers of both sides when there are some.</param>
public sealed record PriorDecision(PriorSource Source, double Sd, string Reason);
