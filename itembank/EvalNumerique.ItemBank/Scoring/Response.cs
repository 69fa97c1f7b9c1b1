namespace EvalNumerique.ItemBank.Scoring;

/// <summary>
/// What a person did on an item, in the form its type needs: chosen ids (single, multiple, yes-no as
/// <c>yes</c>/<c>no</c>), ordered ids (ordering), a region (hotspot), typed text (text entry), taps and
/// field values (simulation) — or "Je ne sais pas", which always scores 0.
/// </summary>
public sealed record Response
{
    /// <summary>"Je ne sais pas": a legitimate answer that scores 0.</summary>
    public static Response DontKnow { get; } = new() { IsDontKnow = true };

    /// <summary>Whether the person said "Je ne sais pas".</summary>
    public bool IsDontKnow { get; init; }

    /// <summary>Chosen choice ids; for ordering, in the order the person put them; for yes-no, <c>yes</c> or <c>no</c>.</summary>
    public IReadOnlyList<string> Chosen { get; init; } = [];

    /// <summary>The tapped region of a hotspot image.</summary>
    public string? Region { get; init; }

    /// <summary>The typed text of a text-entry item.</summary>
    public string? Text { get; init; }

    /// <summary>The ids of the screen elements tapped during a simulation, in order.</summary>
    public IReadOnlyList<string> Taps { get; init; } = [];

    /// <summary>The values left in the fields of a simulated form (select: option text; checkbox: <c>true</c>/<c>false</c>).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>The person chose these ids (one for single choice, several for multiple choice).</summary>
    public static Response Choose(params string[] ids) => new() { Chosen = ids };

    /// <summary>The person put the steps in this order.</summary>
    public static Response Order(params string[] ids) => new() { Chosen = ids };

    /// <summary>The person pressed Oui (<see langword="true"/>) or Non.</summary>
    public static Response YesNo(bool yes) => new() { Chosen = [yes ? "yes" : "no"] };

    /// <summary>The person tapped this region of the picture.</summary>
    public static Response TapRegion(string regionId) => new() { Region = regionId };

    /// <summary>The person typed this text.</summary>
    public static Response Typed(string text) => new() { Text = text };

    /// <summary>The person tapped these elements, in this order.</summary>
    public static Response Tap(params string[] elementIds) => new() { Taps = elementIds };

    /// <summary>The person filled these fields and tapped these elements (the submit button among them).</summary>
    public static Response Fill(IReadOnlyDictionary<string, string> fields, params string[] taps) => new() { Fields = fields, Taps = taps };
}
