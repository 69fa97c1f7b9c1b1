using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Models;

public sealed class ResponseModelTests
{
    [Theory]
    [InlineData(1.0, 0.0, 0.0, 1.0)]
    [InlineData(1.7, 0.3, 0.2, 1.0)]
    [InlineData(0.6, -1.2, 0.1, 0.95)]
    public void Probability_at_the_difficulty_is_halfway_between_the_asymptotes(double a, double b, double c, double d)
    {
        // Hand-derived: at θ = b the logistic part is 1/2, so P = c + (d − c)/2 = (c + d)/2.
        Assert.Equal((c + d) / 2, new ItemParameters(a, b, c, d).Probability(b), 12);
    }

    [Fact]
    public void Probability_matches_the_logistic_by_hand()
    {
        // 2PL, a = 1.5, b = 0.5, θ = 1.5, D = 1: 1 / (1 + e^(−1.5)) = 0.8175744761936437.
        Assert.Equal(0.8175744761936437, new ItemParameters(1.5, 0.5).Probability(1.5), 14);
        // With D = 1.702: 1 / (1 + e^(−2.553)) = 0.9277747989647177 (Python math.exp).
        Assert.Equal(0.9277747989647177, new ItemParameters(1.5, 0.5).Probability(1.5, 1.702), 12);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 1.0)]
    [InlineData(1.3, 1.702)]
    public void Information_of_a_2pl_item_at_its_difficulty_is_D2_a2_over_4(double a, double scaling)
    {
        // Hand-derived: I = D²a²PQ and P = Q = 1/2 at θ = b (Baker & Kim, 2004, eq. 2.16).
        Assert.Equal(scaling * scaling * a * a / 4, new ItemParameters(a, 0.7).Information(0.7, scaling), 12);
    }

    [Theory]
    [InlineData(-2.0)]
    [InlineData(0.0)]
    [InlineData(0.4)]
    [InlineData(3.0)]
    public void Information_of_a_3pl_item_matches_Birnbaums_formula(double theta)
    {
        // Birnbaum (1968): I = D²a² (Q/P) ((P − c)/(1 − c))².
        var item = new ItemParameters(1.4, 0.2, 0.25);
        double p = item.Probability(theta, 1.702), q = 1 - p;
        double expected = 1.702 * 1.702 * 1.4 * 1.4 * (q / p) * Math.Pow((p - 0.25) / 0.75, 2);
        Assert.Equal(expected, item.Information(theta, 1.702), 12);
    }

    [Fact]
    public void Information_of_a_4pl_item_matches_the_exact_formula_by_hand()
    {
        // Magis (2013): I = D²a²(P − c)²(d − P)² / ((d − c)² P Q). a = 1.1, b = −0.5, c = 0.15, d = 0.9, θ = 0.3.
        var item = new ItemParameters(1.1, -0.5, 0.15, 0.9);
        double p = item.Probability(0.3);
        double expected = 1.1 * 1.1 * Math.Pow(p - 0.15, 2) * Math.Pow(0.9 - p, 2) / (Math.Pow(0.75, 2) * p * (1 - p));
        Assert.Equal(expected, item.Information(0.3), 12);
    }

    [Fact]
    public void Information_is_positive_and_finite_everywhere_on_the_scale()
    {
        var items = new[] { new ItemParameters(0.3, -3), new ItemParameters(2.5, 0, 0.2), new ItemParameters(1, 2, 0.1, 0.9), new ItemParameters(4, 1) };
        for (double theta = -8; theta <= 8; theta += 0.25)
            foreach (var item in items)
            {
                double information = item.Information(theta);
                Assert.True(information > 0 && double.IsFinite(information), $"I({theta}) = {information} for {item}");
            }
    }

    [Theory]
    [InlineData(0, 0, 0, 1, null)]
    [InlineData(-1, 0, 0, 1, "a must be")]
    [InlineData(1, 0, 0.5, 0.5, "c must be smaller than d")]
    [InlineData(1, 0, -0.1, 1, "c must be")]
    [InlineData(1, 0, 0, 1.2, "d must be")]
    public void Invalid_parameters_are_named(double a, double b, double c, double d, string? expected)
    {
        string? problem = new ItemParameters(a == 0 ? 1 : a, b, c, d).Problem();
        if (expected is null) Assert.Null(problem);
        else Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
