using EvalNumerique.Engine.Models;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>The item parameters a calibration run puts in force, read from its stored results.</summary>
public static class ParameterSets
{
    /// <summary>
    /// Calibrated items take their estimates; items left uncalibrated take the feature model's
    /// prediction where it beat the level rule, else keep the parameters they had.
    /// </summary>
    public static Dictionary<string, ItemParameters> Of(IEnumerable<CalibrationItemResult> items) =>
        items.ToDictionary(i => i.ItemId, i => new ItemParameters(i.PriorA ?? i.NewA, i.PriorB ?? i.NewB, i.NewC), StringComparer.Ordinal);

    /// <summary>The parameters of a run, from the database (used when a check started under that run is resumed or read).</summary>
    public static Dictionary<string, ItemParameters> Load(EvalDbContext db, int runId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Of(db.CalibrationItemResults.Where(i => i.RunId == runId).ToList());
    }
}
