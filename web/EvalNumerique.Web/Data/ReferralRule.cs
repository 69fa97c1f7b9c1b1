namespace EvalNumerique.Web.Data;

/// <summary>
/// An explicit, admin-editable referral rule: when a person's profile matches <c>When…</c>, places
/// offering any of <see cref="OffersAny"/> fit, with <see cref="Weight"/> as the strength of the fit.
/// Empty conditions match everyone. Lists are joined by <see cref="DirectoryPlace.ListSeparator"/>.
/// </summary>
public sealed class ReferralRule
{
    public int Id { get; set; }

    /// <summary>Stable key ("urgent-procedure", "learn-workshop"…), used to reset a rule to its default.</summary>
    public required string Key { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Strength of the fit (1–100): places are ranked by their best matching rule's weight first.</summary>
    public int Weight { get; set; } = 50;

    /// <summary>The person's overall level is at most this (1–4), if set.</summary>
    public int? WhenLevelAtMost { get; set; }

    /// <summary>The person's overall level is at least this (1–4), if set.</summary>
    public int? WhenLevelAtLeast { get; set; }

    /// <summary>The mediator marked a procedure as urgent (true), not urgent (false), or either (null).</summary>
    public bool? WhenUrgent { get; set; }

    /// <summary>The person wants to learn to do it themselves (true), would rather have it done (false), or either.</summary>
    public bool? WhenWantsToLearn { get; set; }

    /// <summary>The person lacks a device or a connection (true), has them (false), or either.</summary>
    public bool? WhenEquipmentMissing { get; set; }

    /// <summary>Need ids (caf, health, job…), any of which the person chose; empty: any.</summary>
    public string WhenNeedsAny { get; set; } = "";

    /// <summary>Specific needs (illiteracy, foreign-language, disability…), any of which the person has; empty: any.</summary>
    public string WhenSpecificNeedsAny { get; set; } = "";

    /// <summary>Offer tags "service:…", "program:…", "care:…", "accompaniment:…", "typology:…", "fee:…"; a place fits when it has any.</summary>
    public string OffersAny { get; set; } = "";

    /// <summary>Why, for the mediator and the sheet, in French.</summary>
    public required string ReasonFr { get; set; }

    public required string ReasonEn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
