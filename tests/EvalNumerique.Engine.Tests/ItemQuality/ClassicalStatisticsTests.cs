using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class ClassicalStatisticsTests
{
    private static ResponseSet Set(int items, params int[][] rows) =>
        new(items, [.. rows.Select(row => (IReadOnlyList<Response>)[.. row.Select((score, item) => new Response(item, score)).Where(r => r.Score >= 0)])]);

    [Fact]
    public void Point_biserial_with_theta_matches_the_hand_computation()
    {
        // Scores 1, 1, 0, 1, 0 with θ̂ = 1, 0.5, −0.5, 0, −1: p = 0.6, ȳ₁ = 0.5, ȳ = 0, s_y = √0.5,
        // r_pb = (0.5 − 0)/√0.5·√(0.6/0.4) = √3/2 = 0.866025403784439 (R 4.2.2 cor() agrees).
        var set = Set(1, [1], [1], [0], [1], [0]);

        var stats = ClassicalStatistics.Compute(set, 0, [1.0, 0.5, -0.5, 0.0, -1.0]);

        Assert.Equal(5, stats.Answers);
        Assert.Equal(0.6, stats.PValue!.Value, 1e-15);
        Assert.Equal(Math.Sqrt(3) / 2, stats.PointBiserial!.Value, 1e-14);
    }

    [Fact]
    public void Corrected_item_total_matches_the_hand_computation_on_complete_data()
    {
        // Rows 111, 110, 100, 010, 000. Item 0: x = 1,1,1,0,0, rest score = 2,1,0,1,0:
        // Σdx·dr = 0.6, Σdx² = 1.2, Σdr² = 2.8, r = 0.6/√3.36 = 0.327326835353989; item 2: 0.534522483824849
        // (R 4.2.2: cor(x[, j], rowSums(x) − x[, j])).
        var set = Set(3, [1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0]);
        double[] thetas = [1.2, 0.4, 0.1, -0.3, -1.5];

        Assert.Equal(0.327326835353989, ClassicalStatistics.Compute(set, 0, thetas).CorrectedItemTotal!.Value, 1e-14);
        Assert.Equal(0.327326835353989, ClassicalStatistics.Compute(set, 1, thetas).CorrectedItemTotal!.Value, 1e-14);
        Assert.Equal(0.534522483824849, ClassicalStatistics.Compute(set, 2, thetas).CorrectedItemTotal!.Value, 1e-14);
    }

    [Fact]
    public void Sparse_data_has_no_item_total_correlation_and_counts_only_those_who_answered()
    {
        // −1 marks an item the person did not see.
        var set = Set(2, [1, -1], [0, 1], [-1, 0], [1, 1]);

        var first = ClassicalStatistics.Compute(set, 0, [0.5, -0.5, 0.0, 1.0]);

        Assert.False(set.IsComplete);
        Assert.Equal(3, first.Answers);
        Assert.Equal(2.0 / 3, first.PValue!.Value, 1e-15);
        Assert.Null(first.CorrectedItemTotal);
        Assert.NotNull(first.PointBiserial);
    }

    [Fact]
    public void An_item_everyone_solves_has_no_point_biserial()
    {
        var set = Set(1, [1], [1], [1]);

        var stats = ClassicalStatistics.Compute(set, 0, [0.0, 1.0, 2.0]);

        Assert.Equal(1.0, stats.PValue!.Value);
        Assert.Null(stats.PointBiserial);
    }

    [Fact]
    public void An_item_nobody_saw_has_no_statistics()
    {
        var stats = ClassicalStatistics.Compute(Set(2, [1, -1]), 1, [0.0]);

        Assert.Equal(new ClassicalItemStatistics(0, null, null, null), stats);
    }
}
