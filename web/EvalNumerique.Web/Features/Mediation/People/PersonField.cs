namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>The fields of a person's record, to place a validation message next to its field.</summary>
public enum PersonField
{
    Nickname,
    BirthDecade,
    LocalReference,
    Structure,
}
