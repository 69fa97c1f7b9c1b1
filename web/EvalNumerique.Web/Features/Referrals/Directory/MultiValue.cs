namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Splits a multi-value cell. The LMN schema text says ";" while the ANCT's own exports write "|"
/// (both seen in LaMednum/standard-mediation-num and the mednum CLI), so both separate values.
/// </summary>
internal static class MultiValue
{
    private static readonly char[] Separators = ['|', ';'];
    private static readonly char[] SeparatorsAndComma = ['|', ';', ','];

    /// <summary>
    /// Trimmed, non-empty, first occurrence kept (case-insensitive). <paramref name="commaToo"/> is
    /// for codes and e-mail addresses, which never hold a comma and which the 2022 example file
    /// separated with commas.
    /// </summary>
    public static List<string> Split(string? cell, bool commaToo = false)
    {
        var values = new List<string>();
        if (string.IsNullOrWhiteSpace(cell)) return values;
        foreach (var part in cell.Split(commaToo ? SeparatorsAndComma : Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            AddDistinct(values, part);
        return values;
    }

    public static void AddDistinct(List<string> values, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return;
        if (!values.Contains(trimmed, StringComparer.OrdinalIgnoreCase)) values.Add(trimmed);
    }
}
