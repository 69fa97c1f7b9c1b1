namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>How a rule combines with the rules before it (OpenStreetMap opening_hours rule separators).</summary>
internal enum OpeningHoursRuleKind
{
    /// <summary>After <c>;</c> (or first): replaces what earlier rules said about the days it selects.</summary>
    Normal,

    /// <summary>After <c>,</c>: adds its periods to what earlier rules said about the days it selects.</summary>
    Additional,

    /// <summary>After <c>||</c>: applies only to days that no earlier rule selected.</summary>
    Fallback,
}
