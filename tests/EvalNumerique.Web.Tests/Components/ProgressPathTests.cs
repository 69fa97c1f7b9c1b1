using Bunit;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class ProgressPathTests : ComponentTest
{
    [Fact]
    public void Progress_is_a_path_of_steps_never_a_number()
    {
        var cut = Context.Render<ProgressPath>(p => p.Add(x => x.Answered, 7));
        Assert.Equal(7, cut.FindAll(".stone.done").Count);
        Assert.Single(cut.FindAll(".stone.current"));
        Assert.DoesNotMatch("[0-9]", cut.Markup.Replace("class=", "", StringComparison.Ordinal).Split('>').Select(s => s.Split('<')[0]).Aggregate("", string.Concat));
    }
}
