using EvalNumerique.Engine.ItemQuality;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class MantelHaenszelTests
{
    [Fact]
    public void Penicillin_and_rabbits_matches_the_published_Mantel_Haenszel_figures()
    {
        // Agresti (1990), Categorical Data Analysis, pp. 231–237, the example of R's mantelhaen.test:
        // penicillin given at once ("reference") or 1.5 h late ("focal"), cured ("right") or died, in
        // five penicillin-level strata. R 4.2.2 mantelhaen.test(Rabbits): common odds ratio 7,
        // Mantel-Haenszel X-squared = 3.9286 (3.92857142857), p-value = 0.04747 (0.0474722551429),
        // 95 % CI 1.026713 – 47.725133 (Robins–Breslow–Greenland), so SE(ln α) = ln(47.725133/1.026713)/(2·1.959964).
        StratumTable[] rabbits =
        [
            new(0, 6, 0, 5),
            new(3, 3, 0, 6),
            new(6, 0, 2, 4),
            new(5, 1, 6, 0),
            new(2, 0, 5, 0),
        ];

        var result = MantelHaenszel.Compute(rabbits)!.Value;

        Assert.Equal(7.0, result.Alpha, 1e-12);
        Assert.Equal(3.92857142857, result.ChiSquare, 1e-10);
        Assert.Equal(0.0474722551429, result.PValue, 1e-12);
        Assert.Equal(Math.Log(47.72513338022 / 1.02671268846) / (2 * 1.959963984540054), result.SeLogAlpha, 1e-9);
        Assert.Equal(-2.35 * Math.Log(7.0), result.Delta, 1e-12);
        Assert.Equal(5, result.Strata);
    }

    [Fact]
    public void Two_strata_by_hand_match_the_formulas_and_R()
    {
        // Stratum 1: A, B, C, D = 10, 5, 5, 10; stratum 2: 8, 2, 6, 4.
        // α = (10·10/30 + 8·4/20) / (5·5/30 + 2·6/20) = 4.93333/1.43333 = 3.44186046511628.
        // ΣA − ΣE(A) = 18 − (7.5 + 7) = 3.5; ΣVar(A) = 15⁴/(30²·29) + 10·10·14·6/(20²·19) = 3.04492;
        // χ² = (3.5 − 0.5)²/3.04492 = 2.95574430040232, p = 0.085572896859075 (R 4.2.2 mantelhaen.test,
        // which also gives SE(ln α) = 0.616401575541213 from its confidence interval).
        StratumTable[] strata = [new(10, 5, 5, 10), new(8, 2, 6, 4)];

        var result = MantelHaenszel.Compute(strata)!.Value;

        Assert.Equal(3.44186046511628, result.Alpha, 1e-12);
        Assert.Equal(2.95574430040232, result.ChiSquare, 1e-11);
        Assert.Equal(0.085572896859075, result.PValue, 1e-12);
        Assert.Equal(0.616401575541213, result.SeLogAlpha, 1e-12);
        Assert.Equal(2.35 * 0.616401575541213, result.SeDelta, 1e-12);
        Assert.Equal(2, result.Strata);
    }

    [Fact]
    public void Strata_without_both_groups_or_with_one_person_change_nothing()
    {
        StratumTable[] strata = [new(10, 5, 5, 10), new(8, 2, 6, 4)];
        StratumTable[] padded = [new(3, 2, 0, 0), .. strata, new(0, 0, 1, 0), new(0, 0, 4, 4)];

        Assert.Equal(MantelHaenszel.Compute(strata), MantelHaenszel.Compute(padded));
    }

    [Fact]
    public void Undefined_odds_ratio_gives_no_result()
    {
        // The focal group is always right and the reference group always wrong: Σ AD/N = 0.
        Assert.Null(MantelHaenszel.Compute([new StratumTable(0, 5, 5, 0)]));
        Assert.Null(MantelHaenszel.Compute([]));
    }

    [Fact]
    public void Continuity_correction_never_overshoots_zero()
    {
        // A, B, C, D = 1, 1, 1, 1: E(A) = 2·2/4 = 1 = A. R's mantelhaen.test corrects by
        // min(½, |ΣA − ΣE(A)|) = 0, so χ² = 0 and p = 1 (a plain −½ would give χ² = 0.25/Var > 0).
        var result = MantelHaenszel.Compute([new StratumTable(1, 1, 1, 1)])!.Value;

        Assert.Equal(0.0, result.ChiSquare);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(1.0, result.Alpha, 1e-15);
    }
}
