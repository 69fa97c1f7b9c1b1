using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>
/// What came of saving a record: saved (with the invitation made for a new person), refused with
/// field messages, or not found — a record of another structure is "not found", never "forbidden",
/// so nothing tells that it exists.
/// </summary>
public sealed record PersonResult(Guid PersonId, IReadOnlyDictionary<PersonField, string> Errors, bool NotFound = false, Invitation? Invitation = null)
{
    public bool Succeeded => !NotFound && Errors.Count == 0;

    public static PersonResult Missing { get; } = new(Guid.Empty, new Dictionary<PersonField, string>(), NotFound: true);

    public static PersonResult Refused(IReadOnlyDictionary<PersonField, string> errors) => new(Guid.Empty, errors);

    public static PersonResult Saved(Guid personId, Invitation? invitation = null) => new(personId, new Dictionary<PersonField, string>(), Invitation: invitation);
}
