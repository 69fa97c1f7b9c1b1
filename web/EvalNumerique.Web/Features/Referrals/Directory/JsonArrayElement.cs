using System.Text.Json;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>One element of a JSON array file and the line where it starts.</summary>
internal sealed record JsonArrayElement(int Line, JsonElement Value);
