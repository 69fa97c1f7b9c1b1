namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// One value of an enumeration of La Coop de la médiation numérique (ANCT): its code in the Coop's
/// database (<c>EntierementAccompagne</c>), its code in the Coop's public API v1
/// (<c>entierement_accompagne</c>) and the label its activity form shows ("Avec guidage").
/// </summary>
public sealed record CoopTerm(string Value, string ApiValue, string Label);
