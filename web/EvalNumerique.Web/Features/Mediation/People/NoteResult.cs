namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>What came of adding a note: added, refused with a message key (empty, too long), or the person was not found.</summary>
public sealed record NoteResult(bool Added, string? ErrorKey, bool NotFound = false);
