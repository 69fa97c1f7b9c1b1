using System.Globalization;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// One cell of a CSV file. Text cells come from people (names of structures, needs, log details)
/// and are neutralised against formula injection when written; number cells are produced by us
/// and written as they are, so a negative θ stays a number in Excel.
/// </summary>
public readonly record struct CsvCell(string Value, bool IsNumber)
{
    /// <summary>French Excel reads "0,53" as a number; the minus sign stays the ASCII one.</summary>
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static CsvCell Text(string? value) => new(value ?? "", false);

    public static CsvCell Number(double value, int decimals = 3) =>
        double.IsFinite(value) ? new(Math.Round(value, decimals).ToString("0.###", FrenchNumbers), true) : new("", true);

    public static CsvCell Number(int? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "", true);

    /// <summary>A UTC date and time as Excel reads it ("2026-03-01 14:05:00"), or empty.</summary>
    public static CsvCell Date(DateTimeOffset? value) =>
        new(value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "", true);

    public static implicit operator CsvCell(string? value) => Text(value);

    public static CsvCell FromString(string? value) => Text(value);
}
