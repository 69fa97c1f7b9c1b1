using System.Globalization;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// Points of an item's characteristic curve P(θ) and information curve I(θ) on θ ∈ [−4, 4], as SVG
/// polyline coordinates in a box of the given size (y grows downwards). Computed with the engine's
/// own response model (scaling D = 1, as everywhere in the app).
/// </summary>
public static class CurveGeometry
{
    public const double ThetaMin = -4;
    public const double ThetaMax = 4;
    private const int Steps = 80;

    public static double X(double theta, double width) => (theta - ThetaMin) / (ThetaMax - ThetaMin) * width;

    public static double Y(double value, double max, double height) => height - value / max * height;

    public static string Probability(ItemParameters item, double width, double height) =>
        Points(theta => ResponseModel.Probability(item.A, item.B, item.C, item.D, ResponseModel.DefaultScaling, theta), 1, width, height);

    public static string Information(ItemParameters item, double max, double width, double height) =>
        Points(theta => ResponseModel.Information(item.A, item.B, item.C, item.D, ResponseModel.DefaultScaling, theta), max, width, height);

    /// <summary>The highest information of the items on the grid, for a common vertical scale (never below 0.1).</summary>
    public static double MaxInformation(params ItemParameters[] items) =>
        Math.Max(0.1, items.Max(item => Enumerable.Range(0, Steps + 1)
            .Select(i => ResponseModel.Information(item.A, item.B, item.C, item.D, ResponseModel.DefaultScaling, Theta(i))).Max()));

    private static double Theta(int step) => ThetaMin + (ThetaMax - ThetaMin) * step / Steps;

    private static string Points(Func<double, double> f, double max, double width, double height) =>
        string.Join(" ", Enumerable.Range(0, Steps + 1).Select(i =>
        {
            double theta = Theta(i);
            return string.Create(CultureInfo.InvariantCulture, $"{X(theta, width):0.#},{Y(f(theta), max, height):0.#}");
        }));
}
