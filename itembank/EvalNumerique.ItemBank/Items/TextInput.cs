namespace EvalNumerique.ItemBank.Items;

/// <summary>The input box of a text-entry item.</summary>
/// <param name="Label">The label shown above the box.</param>
/// <param name="Kind"><c>text</c>, <c>email</c>, <c>number</c> or <c>date</c> (chooses the phone keyboard).</param>
public sealed record TextInput(string Label, string Kind)
{
    /// <summary>The kinds a text-entry input may have.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["text", "email", "number", "date"];
}
