using EvalNumerique.Engine.ItemQuality;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class DistributionsTests
{
    // Quantiles of χ²₁: R 4.2.2 qchisq(c(.90, .95, .99, .999), 1); the textbook tables give 2.706, 3.841, 6.635, 10.828.
    [Theory]
    [InlineData(2.705543454095416, 0.10)]
    [InlineData(3.841458820694124, 0.05)]
    [InlineData(6.634896601021214, 0.01)]
    [InlineData(10.82756617066273, 0.001)]
    public void Chi_square_upper_tail_gives_the_level_at_its_published_quantile(double quantile, double level) =>
        Assert.Equal(level, Distributions.ChiSquareOneDfUpperTail(quantile), level * 1e-12);

    // R 4.2.2: pchisq(c(0.5, 1, 10, 30), 1, lower.tail = FALSE).
    [Theory]
    [InlineData(0.5, 4.79500122186953e-01)]
    [InlineData(1.0, 3.17310507862914e-01)]
    [InlineData(10.0, 1.56540225800255e-03)]
    [InlineData(30.0, 4.32046305782750e-08)]
    public void Chi_square_upper_tail_matches_R_pchisq(double x, double expected) =>
        Assert.Equal(expected, Distributions.ChiSquareOneDfUpperTail(x), expected * 1e-12);

    // R 4.2.2: erfc(x) = 2 * pnorm(-x * sqrt(2)); relative tolerance 1e-13 down to erfc(8) ≈ 1e-29.
    [Theory]
    [InlineData(0.5, 4.795001221869535e-01)]
    [InlineData(1.0, 1.572992070502851e-01)]
    [InlineData(2.0, 4.677734981047264e-03)]
    [InlineData(3.0, 2.209049699858539e-05)]
    [InlineData(5.0, 1.537459794428032e-12)]
    [InlineData(8.0, 1.122429717298283e-29)]
    public void Erfc_matches_R_to_thirteen_significant_digits(double x, double expected) =>
        Assert.Equal(expected, Distributions.Erfc(x), expected * 1e-13);

    [Fact]
    public void Erfc_is_one_at_zero_and_reflects_around_it()
    {
        Assert.Equal(1.0, Distributions.Erfc(0), 1e-16);
        Assert.Equal(2 - 1.572992070502851e-01, Distributions.Erfc(-1), 1e-15);
        Assert.Equal(0.0, Distributions.Erfc(40));
        Assert.Equal(2.0, Distributions.Erfc(-40));
    }

    [Fact]
    public void Normal_upper_tail_is_five_percent_at_1_645()
    {
        // R 4.2.2: qnorm(0.95) = 1.6448536269514722.
        Assert.Equal(0.05, Distributions.NormalUpperTail(1.6448536269514722), 1e-14);
        Assert.Equal(0.5, Distributions.NormalUpperTail(0), 1e-16);
    }

    [Fact]
    public void Chi_square_tail_is_one_at_and_below_zero() =>
        Assert.Equal(1.0, Distributions.ChiSquareOneDfUpperTail(0));

    // R 4.2.2: sprintf("%.17g", pchisq(x, df, lower.tail = FALSE)).
    [Theory]
    [InlineData(0.5, 2, 0.77880078307140488)]
    [InlineData(10, 2, 0.006737946999085467)]
    [InlineData(3, 3, 0.39162517627108911)]
    [InlineData(25, 3, 1.5440498291101368e-05)]
    [InlineData(3, 5, 0.6999858358786275)]
    [InlineData(40, 5, 1.4933679000503954e-07)]
    [InlineData(10, 7.5, 0.22542343151583283)]
    [InlineData(0.5, 10, 0.99999338828943896)]
    [InlineData(10, 10, 0.44049328506521246)]
    [InlineData(25, 20, 0.20143110494553582)]
    [InlineData(100, 20, 1.259608459166091e-12)]
    [InlineData(25, 30, 0.72503188418059983)]
    [InlineData(40, 30, 0.10486428110798465)]
    public void Chi_square_upper_tail_with_any_df_matches_R_pchisq(double x, double df, double expected) =>
        Assert.Equal(expected, Distributions.ChiSquareUpperTail(x, df), expected * 1e-12);

    // R 4.2.2: lgamma(c(0.5, 1, 1.5, 3.7, 10, 25.5, 100)).
    [Theory]
    [InlineData(0.5, 0.57236494292470008)]
    [InlineData(1.0, 0.0)]
    [InlineData(1.5, -0.12078223763524518)]
    [InlineData(3.7, 1.4280723266653881)]
    [InlineData(10, 12.801827480081469)]
    [InlineData(25.5, 56.389167643719929)]
    [InlineData(100, 359.1342053695754)]
    public void Log_gamma_matches_R_lgamma(double x, double expected) =>
        Assert.Equal(expected, Distributions.LogGamma(x), 1e-13 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void One_df_chi_square_is_the_same_by_both_routes() =>
        Assert.Equal(Distributions.ChiSquareOneDfUpperTail(2.5), Distributions.ChiSquareUpperTail(2.5, 1));
}
