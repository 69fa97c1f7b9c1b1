namespace EvalNumerique.Web.Features.Privacy;

/// <summary>What one pass of the retention rule erased.</summary>
public sealed record RetentionReport(int PeopleErased, int InvitationsErased);
