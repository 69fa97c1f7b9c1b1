using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Estimation;

public sealed class PublishedExampleTests
{
    [Fact]
    public void Mle_matches_Bakers_worked_example()
    {
        // Baker (2001), The Basics of Item Response Theory, 2nd ed., ch. 5, "Estimating an
        // examinee's ability": b = (−1, 0, 1), a = (1.0, 1.2, 0.8), u = (1, 0, 1), logistic metric.
        // Baker's Newton iterations stop at θ̂ = .3249 (rounded to 4 decimals in the text).
        var pattern = Banks.Pattern(Banks.Baker3, ("i1", 1), ("i2", 0), ("i3", 1));
        var estimate = MaximumLikelihood.Estimate(Banks.Baker3, pattern, new ThetaBounds(-4, 4));
        Assert.Equal(0.3249, estimate.Theta, 0.0005);
    }
}
