namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>The data·inclusion codes gathered from all services of one structure, before mapping.</summary>
internal sealed class ServiceCodes
{
    public List<string> Types { get; } = [];

    public List<string> ModesAccueil { get; } = [];

    public List<string> Frais { get; } = [];

    public List<string> Profils { get; } = [];
}
