using EvalNumerique.Engine.ItemQuality;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class MatchingStrataTests
{
    private static (long, bool, bool) Answer(long key, bool focal, bool right) => (key, focal, right);

    [Fact]
    public void Without_merging_each_key_is_a_stratum_in_key_order()
    {
        var strata = MatchingStrata.Build([Answer(3, false, true), Answer(1, true, false), Answer(3, true, true), Answer(1, false, false)], minAnswers: 1);

        Assert.Equal([new StratumTable(0, 1, 0, 1), new StratumTable(1, 0, 1, 0)], strata);
    }

    [Fact]
    public void Thin_strata_merge_upward_and_a_thin_top_merges_down()
    {
        // Keys 0..4 with 2, 2, 5, 1, 1 answers; minimum 4 answers with both groups:
        // {0, 1} → 4 answers; {2} → 5; {3, 4} → 2 answers, too thin, merged into {2}.
        var answers = new List<(long, bool, bool)>
        {
            Answer(0, false, false), Answer(0, true, false),
            Answer(1, false, true), Answer(1, true, false),
            Answer(2, false, true), Answer(2, false, true), Answer(2, true, true), Answer(2, true, false), Answer(2, false, false),
            Answer(3, true, true),
            Answer(4, false, true),
        };

        var strata = MatchingStrata.Build(answers, minAnswers: 4);

        Assert.Equal([new StratumTable(1, 1, 0, 2), new StratumTable(3, 1, 2, 1)], strata);
        Assert.Equal(answers.Count, strata.Sum(s => s.Total));
    }

    [Fact]
    public void A_stratum_needs_both_groups_to_stand_alone()
    {
        // Key 0 has 5 reference answers only: it waits for key 1's focal answers.
        var answers = Enumerable.Repeat(Answer(0, false, true), 5).Append(Answer(1, true, false)).ToList();

        var strata = MatchingStrata.Build(answers, minAnswers: 2);

        Assert.Equal([new StratumTable(5, 0, 0, 1)], strata);
    }

    [Theory]
    [InlineData(0.0, 0.5, 0)]
    [InlineData(0.49, 0.5, 0)]
    [InlineData(0.5, 0.5, 1)]
    [InlineData(-0.01, 0.5, -1)]
    [InlineData(-1.2, 0.5, -3)]
    public void Theta_bands_are_anchored_at_zero(double theta, double width, long band) =>
        Assert.Equal(band, MatchingStrata.ThetaBand(theta, width));
}
