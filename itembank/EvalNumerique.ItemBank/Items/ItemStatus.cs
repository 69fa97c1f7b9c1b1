namespace EvalNumerique.ItemBank.Items;

/// <summary>Where an item is in its life cycle (the <c>status</c> field).</summary>
public enum ItemStatus
{
    /// <summary>Being written; never shown to beneficiaries.</summary>
    Draft,
    /// <summary>Shown to collect answers for calibration.</summary>
    Pilot,
    /// <summary>Used in checks.</summary>
    Live,
    /// <summary>No longer used; kept for history.</summary>
    Retired,
}
