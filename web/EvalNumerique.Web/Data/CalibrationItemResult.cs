namespace EvalNumerique.Web.Data;

/// <summary>One item of a calibration run: parameters before and after, their standard errors, and the item's quality statistics.</summary>
public sealed class CalibrationItemResult
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public required string ItemId { get; set; }

    /// <summary>Held at its current parameters (too few answers to estimate).</summary>
    public bool IsAnchor { get; set; }

    public double OldA { get; set; }

    public double OldB { get; set; }

    public double OldC { get; set; }

    public double NewA { get; set; }

    public double NewB { get; set; }

    public double NewC { get; set; }

    public double? SeA { get; set; }

    public double? SeB { get; set; }

    public double? SeC { get; set; }

    /// <summary>For an item left uncalibrated: the difficulty the feature model predicts, when that model beat the level rule.</summary>
    public double? PriorB { get; set; }

    /// <summary>For an item left uncalibrated: the discrimination the feature model predicts, when it beat the rule for a.</summary>
    public double? PriorA { get; set; }

    public int Answers { get; set; }

    public int Correct { get; set; }

    public double? PointBiserial { get; set; }

    public double? Infit { get; set; }

    public double? Outfit { get; set; }

    public double Exposure { get; set; }

    /// <summary>DIF per grouping as JSON: [{ "grouping", "class", "delta", "favours", "reference", "focal" }].</summary>
    public string Dif { get; set; } = "[]";

    /// <summary>Review flags as JSON: [{ "kind", "reason" }].</summary>
    public string Flags { get; set; } = "[]";

    /// <summary>Estimation warnings as a JSON list of strings.</summary>
    public string Warnings { get; set; } = "[]";
}
