namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Whether a place is open at <see cref="At"/>, all instants given in the place's local offset.
/// Open: <see cref="OpenUntil"/> is when it closes (null when it stays open past the look-ahead).
/// Closed: <see cref="NextOpening"/> is when it opens next (null when it does not open within the look-ahead).
/// </summary>
public sealed record OpeningStatus(DateTimeOffset At, bool IsOpen, DateTimeOffset? OpenUntil, DateTimeOffset? NextOpening);
