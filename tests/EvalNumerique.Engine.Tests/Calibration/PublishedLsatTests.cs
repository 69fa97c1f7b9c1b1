using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

/// <summary>
/// LSAT Section 6 (Bock &amp; Lieberman, 1970): 5 items, 1 000 persons, given as 30 observed response
/// patterns with their frequencies (the two missing patterns, 01010 and 01100, have frequency 0).
/// Published estimates: the R package ltm (Rizopoulos, 2006), <c>summary(ltm(LSAT ~ z1, IRT.param = TRUE))</c>,
/// marginal ML on 21 Gauss–Hermite points then BFGS, logistic metric (D = 1), θ ~ N(0, 1): log.Lik
/// −2466.653, estimates and Hessian-based standard errors as printed in that summary (reproduced in
/// the public notebooks "2PL and 3PL Dichotomous IRT model", kdavis91, and rstudio-pubs 1049111).
/// </summary>
public sealed class PublishedLsatTests
{
    private static readonly (string Pattern, int Count)[] Patterns =
    [
        ("00000", 3), ("00001", 6), ("00010", 2), ("00011", 11), ("00100", 1), ("00101", 1), ("00110", 3), ("00111", 4),
        ("01000", 1), ("01001", 8), ("01011", 16), ("01101", 3), ("01110", 2), ("01111", 15), ("10000", 10), ("10001", 29),
        ("10010", 14), ("10011", 81), ("10100", 3), ("10101", 28), ("10110", 15), ("10111", 80), ("11000", 16), ("11001", 56),
        ("11010", 21), ("11011", 173), ("11100", 11), ("11101", 61), ("11110", 28), ("11111", 298),
    ];

    private static readonly double[] LtmDifficulty = [-3.3597341, -1.3696497, -0.2798983, -1.8659189, -3.1235725];
    private static readonly double[] LtmDiscrimination = [0.8253715, 0.7229499, 0.8904748, 0.6885502, 0.6574516];
    private static readonly double[] LtmSeDifficulty = [0.8669, 0.3073, 0.0997, 0.4341, 0.8700];
    private static readonly double[] LtmSeDiscrimination = [0.2581, 0.1867, 0.2326, 0.1852, 0.2100];

    private static CalibrationResult Fit() => MmlEm.Calibrate(
        [.. Enumerable.Range(1, 5).Select(i => new CalibrationItem($"item{i}", ItemModel.TwoPL))],
        Lsat6(),
        new CalibrationOptions { ParameterTolerance = 1e-6, LogLikelihoodTolerance = 1e-8, MaxCycles = 5000 });

    internal static ResponseMatrix Lsat6()
    {
        var persons = new List<IReadOnlyList<Response>>();
        foreach (var (pattern, count) in Patterns)
            for (int n = 0; n < count; n++)
                persons.Add([.. pattern.Select((digit, i) => new Response(i, digit - '0'))]);
        return new ResponseMatrix(5, persons);
    }

    [Fact]
    public void Lsat6_has_the_thousand_persons_of_Bock_and_Lieberman()
    {
        var data = Lsat6();
        Assert.Equal(1000, data.PersonCount);
        Assert.Equal(5000, data.AnswerCount);
    }

    [Fact]
    public void Two_pl_on_lsat6_reproduces_ltm_published_estimates()
    {
        var result = Fit();

        Assert.True(result.Converged);
        // Tolerances: ltm integrates with Gauss–Hermite points, we with 61 rectangular points on [−6, 6],
        // and each stops at its own convergence criterion. Measured gaps: a ≤ 0.0006, b ≤ 0.0022 (item 1,
        // b ≈ −3.4, whose SE is 0.84); log-likelihood −2466.6534. The tolerances are about twice those
        // gaps and a hundredth of the estimates' own standard errors.
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(LtmDiscrimination[i], result.Items[i].Parameters.A, 0.002);
            Assert.Equal(LtmDifficulty[i], result.Items[i].Parameters.B, 0.005);
        }
        Assert.Equal(-2466.653, result.LogLikelihood, 0.002);
    }

    [Fact]
    public void Cross_product_standard_errors_on_lsat6_are_within_five_percent_of_ltm_hessian_ones()
    {
        // ltm's SEs invert the Hessian of the marginal likelihood; ours the per-item cross-product
        // approximation (see CrossProductInformation). They estimate the same quantity by different
        // routes: measured gaps are 0.5–3.5 %, so 5 % tells a wrong formula from the method's own difference.
        var result = Fit();
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(1, result.Items[i].SeA!.Value / LtmSeDiscrimination[i], 0.05);
            Assert.Equal(1, result.Items[i].SeB!.Value / LtmSeDifficulty[i], 0.05);
        }
    }

    [Fact]
    public void One_pl_with_a_common_slope_on_lsat6_reproduces_ltm_rasch_and_bock_aitkin()
    {
        // ltm's summary(rasch(LSAT, IRT.param = TRUE)) — one discrimination shared by the five items, the
        // model Bock & Aitkin (1981) fitted to these data — as printed in R. Ziedzor's public notebook
        // "Bayesian IRT" (2020): Dscrmn 0.7551 (SE 0.0694), Dffclt −3.6153, −1.3224, −0.3176, −1.7301,
        // −2.7802 (SE 0.3266, 0.1422, 0.0977, 0.1691, 0.2510), log.Lik −2466.938.
        double[] difficulty = [-3.6153, -1.3224, -0.3176, -1.7301, -2.7802];
        double[] se = [0.3266, 0.1422, 0.0977, 0.1691, 0.2510];
        var result = MmlEm.Calibrate(
            [.. Enumerable.Range(1, 5).Select(i => new CalibrationItem($"item{i}", ItemModel.OnePL))],
            Lsat6(),
            new CalibrationOptions { ParameterTolerance = 1e-6, LogLikelihoodTolerance = 1e-8, MaxCycles = 5000 });

        Assert.True(result.Converged);
        // Printed to 4 decimals; measured gaps ≤ 0.00005 (rounding), so 0.0005 is ten times the print precision.
        Assert.All(result.Items, item => Assert.Equal(0.7551, item.Parameters.A, 0.0005));
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(difficulty[i], result.Items[i].Parameters.B, 0.0005);
            // Cross-product vs Hessian SEs (see above): measured gaps 0.1–2.2 %.
            Assert.Equal(1, result.Items[i].SeB!.Value / se[i], 0.05);
        }
        Assert.Equal(1, result.Items[0].SeA!.Value / 0.0694, 0.05);
        Assert.Equal(-2466.938, result.LogLikelihood, 0.002);
    }
}
