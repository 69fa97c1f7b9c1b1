namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>Maps values of [<paramref name="From"/>, <paramref name="To"/>] linearly onto drawing coordinates [<paramref name="Start"/>, <paramref name="End"/>] (End may be below Start: an upward y axis).</summary>
/// <param name="From">Lowest value.</param>
/// <param name="To">Highest value.</param>
/// <param name="Start">Coordinate of <paramref name="From"/>.</param>
/// <param name="End">Coordinate of <paramref name="To"/>.</param>
public sealed record LinearScale(double From, double To, double Start, double End)
{
    /// <summary>The coordinate of a value; values outside the range are drawn at its edge.</summary>
    public double Map(double value)
    {
        if (double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), "NaN cannot be drawn.");
        double clamped = Math.Clamp(value, Math.Min(From, To), Math.Max(From, To));
        return Start + (clamped - From) / (To - From) * (End - Start);
    }

    /// <summary>Whether a value lies outside the range (so it is drawn at the edge).</summary>
    public bool Clips(double value) => value < Math.Min(From, To) || value > Math.Max(From, To);
}
