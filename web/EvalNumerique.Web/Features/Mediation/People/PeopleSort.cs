namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>The columns the people list can be sorted by.</summary>
public enum PeopleSort
{
    Nickname,
    Structure,
    BirthDecade,
    Checks,
    LastCheck,
    LastActivity,
}
