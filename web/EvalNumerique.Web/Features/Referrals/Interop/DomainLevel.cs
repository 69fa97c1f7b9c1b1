namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>The result of one framework domain (device, information, communication, safety, procedures) in a check.</summary>
/// <param name="DomainId">The domain id of <c>itembank/framework.yaml</c>.</param>
/// <param name="Level">1 (Découverte) to 4 (Autonome).</param>
/// <param name="Theta">The domain's ability estimate, to order two domains of the same level.</param>
/// <param name="Questions">How many questions of the domain were asked (0: the level is only the prior).</param>
public sealed record DomainLevel(string DomainId, int Level, double Theta, int Questions);
