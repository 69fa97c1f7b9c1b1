namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>A data·inclusion service from the services file, with the structure it says it belongs to.</summary>
internal sealed record LinkedService(JsonArrayElement Element, string StructureId, string Source);
