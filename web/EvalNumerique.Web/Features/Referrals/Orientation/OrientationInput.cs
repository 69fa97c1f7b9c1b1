namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>What the mediator adds before referrals are suggested (see <see cref="Data.OrientationProfile"/>).</summary>
public sealed class OrientationInput
{
    public bool Urgent { get; set; }

    public bool WantsToLearn { get; set; } = true;

    public HashSet<string> SpecificNeeds { get; set; } = [];

    public string? FromPlace { get; set; }
}
