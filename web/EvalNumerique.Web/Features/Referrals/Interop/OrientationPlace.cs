namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>A directory place a person was sent to, with what says which kind of structure it is.</summary>
/// <param name="Name">The place's name in the directory.</param>
/// <param name="Typologies">Its structure types (data·inclusion codes: CCAS, MUNI, FT…), joined by "|".</param>
/// <param name="NationalPrograms">Its national programmes ("France Services"…), joined by "|".</param>
public sealed record OrientationPlace(string Name, string Typologies = "", string NationalPrograms = "");
