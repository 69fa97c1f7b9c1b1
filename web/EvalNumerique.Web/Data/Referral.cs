namespace EvalNumerique.Web.Data;

/// <summary>A place a person is sent to after a check, confirmed by the mediator, and followed up.</summary>
public sealed class Referral
{
    public Guid Id { get; set; }

    public Guid CheckId { get; set; }

    public Guid? BeneficiaryId { get; set; }

    public int StructureId { get; set; }

    public int PlaceId { get; set; }

    public DirectoryPlace? Place { get; set; }

    /// <summary>Keys of the rules the place fitted when it was chosen, joined by "|" (empty: added by the mediator).</summary>
    public string RuleKeys { get; set; } = "";

    /// <summary>The mediator's own word for the person ("pour la déclaration CAF"), printed on the sheet.</summary>
    public string? Note { get; set; }

    public const int NoteMaxLength = 300;

    /// <summary>Order on the sheet (1 first).</summary>
    public int Position { get; set; }

    public ReferralStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset StatusAt { get; set; }

    /// <summary>Date of the appointment, when one was made.</summary>
    public DateTimeOffset? AppointmentAt { get; set; }

    public List<ReferralStatusChange> History { get; set; } = [];
}
