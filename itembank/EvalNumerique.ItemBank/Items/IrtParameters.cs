namespace EvalNumerique.ItemBank.Items;

/// <summary>
/// 4PL item parameters as written in an item file: discrimination <c>a</c>, difficulty <c>b</c>,
/// lower asymptote <c>c</c> (guessing) and upper asymptote <c>d</c> (the literature's names).
/// </summary>
/// <param name="A">Discrimination, &gt; 0.</param>
/// <param name="B">Difficulty on the θ scale, in [−6, 6].</param>
/// <param name="C">Lower asymptote, 0 ≤ c &lt; d.</param>
/// <param name="D">Upper asymptote, ≤ 1.</param>
/// <param name="Calibrated"><see langword="false"/> when the values come from <see cref="PriorParameters"/>.</param>
public sealed record IrtParameters(double A, double B, double C, double D, bool Calibrated);
