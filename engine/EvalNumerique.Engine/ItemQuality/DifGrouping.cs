namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// One way to split persons for differential item functioning (e.g. "French first language":
/// reference "yes", focal "no"). <see cref="Labels"/> has one entry per person of the
/// <see cref="ResponseSet"/>; persons whose label is neither <see cref="Reference"/> nor
/// <see cref="Focal"/> (or null: unknown) are left out of this grouping's analysis. Several
/// groupings (age band, French first language, structure type) are analysed side by side.
/// </summary>
/// <param name="Name">What the grouping is, as shown in reports.</param>
/// <param name="Reference">The label of the reference group.</param>
/// <param name="Focal">The label of the focal group (the one whose possible disadvantage is studied).</param>
/// <param name="Labels">Each person's label, in person order.</param>
public sealed record DifGrouping(string Name, string Reference, string Focal, IReadOnlyList<string?> Labels)
{
    /// <summary>The person's side: <c>true</c> focal, <c>false</c> reference, <c>null</c> neither.</summary>
    public bool? IsFocal(int person)
    {
        string? label = Labels[person];
        if (label is null) return null;
        if (string.Equals(label, Focal, StringComparison.Ordinal)) return true;
        if (string.Equals(label, Reference, StringComparison.Ordinal)) return false;
        return null;
    }
}
