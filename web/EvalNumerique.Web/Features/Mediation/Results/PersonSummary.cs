using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>What the printed summary for the person shows: their last finished check in FALC words, and where they were welcomed. Notes are internal and never part of it.</summary>
/// <param name="BeneficiaryId">The person's record.</param>
/// <param name="Nickname">How the person wishes to be called.</param>
/// <param name="IsDemo">Demo data.</param>
/// <param name="StructureName">The structure that welcomed the person.</param>
/// <param name="Address">Street address of the structure.</param>
/// <param name="PostalCode">Its postal code.</param>
/// <param name="Commune">Its commune.</param>
/// <param name="PrintedAt">Today.</param>
/// <param name="Result">The last finished check's result, or null when there is none yet.</param>
public sealed record PersonSummary(Guid BeneficiaryId, string Nickname, bool IsDemo, string StructureName, string? Address, string? PostalCode,
    string? Commune, DateTimeOffset PrintedAt, CheckResult? Result);
