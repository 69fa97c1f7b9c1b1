namespace EvalNumerique.Web.Data;

/// <summary>
/// What the mediator adds to a finished check before referrals are suggested: what the check
/// cannot know (an urgent procedure, learning or having it done, specific needs, where the person lives).
/// </summary>
public sealed class OrientationProfile
{
    public Guid CheckId { get; set; }

    public bool Urgent { get; set; }

    public bool WantsToLearn { get; set; } = true;

    /// <summary>Specific-need ids joined by <see cref="DirectoryPlace.ListSeparator"/>.</summary>
    public string SpecificNeeds { get; set; } = "";

    /// <summary>A commune or postal code to measure distances from, instead of the structure.</summary>
    public string? FromPlace { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
