using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Architecture;

public sealed class EngineDependencyTests
{
    [Fact]
    public void Engine_references_nothing_but_the_base_class_library()
    {
        // STYLE.md rule 14: the maths can be read, tested and reused alone.
        var references = typeof(ItemPool).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib" or "netstandard",
            $"The engine references {name}."));
    }
}
