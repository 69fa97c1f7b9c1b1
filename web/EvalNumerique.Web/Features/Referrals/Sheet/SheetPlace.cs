using EvalNumerique.Web.Features.Referrals.Orientation;

namespace EvalNumerique.Web.Features.Referrals.Sheet;

/// <summary>One place on the sheet, with why it was chosen and the mediator's word.</summary>
public sealed record SheetPlace(int Number, PlaceCard Place, IReadOnlyList<string> Reasons, string? Note, DateTimeOffset? AppointmentAt);
