namespace EvalNumerique.Web.Data;

/// <summary>A dated follow-up note on a person, by a staff member.</summary>
public sealed class BeneficiaryNote
{
    public long Id { get; set; }

    public Guid BeneficiaryId { get; set; }

    public string? AuthorId { get; set; }

    /// <summary>Kept as written: the note stays readable if the account is later removed.</summary>
    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Text { get; set; }

    public const int MaxLength = 4000;
}
