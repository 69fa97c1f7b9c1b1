namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>A suggested place with the reasons, in the reader's language, and the facts that ranked it.</summary>
public sealed record SuggestionView(PlaceCard Place, IReadOnlyList<string> RuleKeys, IReadOnlyList<string> Reasons, double Fit, double? DistanceKm, DateTimeOffset? NextOpening, bool AlreadyChosen);
