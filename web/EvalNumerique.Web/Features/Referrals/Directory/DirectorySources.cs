namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>The two open-data formats the directory import reads, as stored in <see cref="DirectoryRecord.Source"/>.</summary>
public static class DirectorySources
{
    /// <summary>La MedNum / ANCT standard "Lieux de médiation numérique" (CSV).</summary>
    public const string LieuxMediationNumerique = "lieux-mediation-numerique";

    /// <summary>data·inclusion structures and services (JSON).</summary>
    public const string DataInclusion = "data-inclusion";
}
