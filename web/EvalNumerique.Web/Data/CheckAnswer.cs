namespace EvalNumerique.Web.Data;

/// <summary>One answer, stored as given (the engine replays scores from these).</summary>
public sealed class CheckAnswer
{
    public long Id { get; set; }

    public Guid CheckId { get; set; }

    /// <summary>1, 2, 3… in the order answered.</summary>
    public int Sequence { get; set; }

    public required string ItemId { get; set; }

    public int ItemVersion { get; set; }

    /// <summary>1 right, 0 not (a "Je ne sais pas" scores 0).</summary>
    public int Score { get; set; }

    public bool DontKnow { get; set; }

    /// <summary>The response as JSON (choices, text, taps, fields).</summary>
    public string Response { get; set; } = "{}";

    public DateTimeOffset AnsweredAt { get; set; }

    /// <summary>Time from showing the item to the answer, for the professional view (never shown as a timer).</summary>
    public int? ElapsedMilliseconds { get; set; }
}
