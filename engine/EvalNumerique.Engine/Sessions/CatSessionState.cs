using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// Everything needed to resume a <see cref="CatSession"/> exactly: the options, the answers in
/// order (the estimate is replayed from them, deterministically), the items excluded by the
/// caller, the item waiting for an answer, and the random generator's state. Store it after
/// every answer; <see cref="CatSession.Resume"/> gives back the same next item and estimate.
/// The pilot fields are null for a session without pilots, so such a state reads and writes as before
/// they existed, and a state written before them resumes as a session without pilots.
/// </summary>
public sealed record CatSessionState
{
    /// <summary>Format version of this record.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary><see cref="Models.ItemPool.Fingerprint"/> of the bank the session ran on.</summary>
    public required string PoolFingerprint { get; init; }

    /// <summary>The options the session was created with.</summary>
    public required CatOptions Options { get; init; }

    /// <summary>The answers, in the order given.</summary>
    public required IReadOnlyList<AnsweredItem> Responses { get; init; }

    /// <summary>Items the caller excluded.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>The item shown and not yet answered, if any.</summary>
    public string? Pending { get; init; }

    /// <summary>The four words of the xoshiro256** state.</summary>
    public required IReadOnlyList<ulong> Random { get; init; }

    /// <summary>The pilot items planned at the start, in order of place; null when the session has none.</summary>
    public IReadOnlyList<PlannedPilot>? PilotPlan { get; init; }

    /// <summary>The answers to pilot items, in order; null when none.</summary>
    public IReadOnlyList<PilotAnswer>? PilotResponses { get; init; }

    /// <summary>Pilot items the caller excluded; null when none.</summary>
    public IReadOnlyList<string>? ExcludedPilots { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The state as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a state written by <see cref="ToJson"/>. Throws <see cref="JsonException"/> on malformed input.</summary>
    public static CatSessionState FromJson(string json) =>
        JsonSerializer.Deserialize<CatSessionState>(json, Json) ?? throw new JsonException("The session state is empty.");
}
