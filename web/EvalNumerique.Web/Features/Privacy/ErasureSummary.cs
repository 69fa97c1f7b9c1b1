namespace EvalNumerique.Web.Features.Privacy;

/// <summary>What erasing a person removes, shown before the mediator confirms.</summary>
public sealed record ErasureSummary(Guid PersonId, string Nickname, string Pseudonym, string StructureName, int Checks, int Answers, int Notes);
