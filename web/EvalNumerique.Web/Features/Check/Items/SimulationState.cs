using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.Web.Features.Check.Items;

/// <summary>
/// What the person has done so far on a simulated screen: taps, switches flipped, fields filled.
/// <para>
/// When one tap decides (<see cref="TapAnswer"/>), a tap <em>selects</em> like a choice does: touching another
/// element moves the selection, so a shaky tap can be corrected before "Valider", and the answer holds the
/// chosen element only. For the other answers every tap is kept in order, as the scorer needs.
/// </para>
/// </summary>
public sealed class SimulationState
{
    private readonly SimulationContent _content;
    private readonly List<string> _taps = [];
    private readonly HashSet<string> _flipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public SimulationState(SimulationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        ResetFields();
    }

    /// <summary>One tap decides: a tap selects, and the last one selected is the answer.</summary>
    public bool SingleTap => _content.Answer is TapAnswer;

    /// <summary>The answer is a sequence of taps: the screen shows the taps made, in order.</summary>
    public bool Sequence => _content.Answer is SequenceAnswer;

    /// <summary>The answer is a filled form sent with this button.</summary>
    public string? SubmitButton => (_content.Answer as FieldsAnswer)?.Submit;

    /// <summary>The taps so far, in order (one at most when <see cref="SingleTap"/>).</summary>
    public IReadOnlyList<string> Taps => _taps;

    /// <summary>Records a tap on a tappable element; a switch flips.</summary>
    public void Tap(string id)
    {
        var element = _content.Screen.Find(id);
        if (element is null || !element.IsTappable) return;
        if (SingleTap)
        {
            // Touching a selected switch again puts it back: nothing chosen any more.
            var unselect = element.Role == ElementRole.Toggle && _taps.Count == 1 && _taps[0] == id;
            _taps.Clear();
            _flipped.Clear();
            if (unselect) return;
            _taps.Add(id);
            if (element.Role == ElementRole.Toggle) _flipped.Add(id);
            return;
        }

        _taps.Add(id);
        if (element.Role == ElementRole.Toggle && !_flipped.Remove(id)) _flipped.Add(id);
    }

    /// <summary>Whether the element shows as pressed (selected, or already tapped in a sequence).</summary>
    public bool IsPressed(string id) => _taps.Contains(id);

    /// <summary>The numbers of the taps on this element (1-based), for sequences: "1", "2 · 4".</summary>
    public IReadOnlyList<int> TapNumbers(string id) => [.. _taps.Select((t, i) => (t, i + 1)).Where(p => p.t == id).Select(p => p.Item2)];

    /// <summary>The state a switch shows now.</summary>
    public bool IsOn(ScreenElement toggle)
    {
        ArgumentNullException.ThrowIfNull(toggle);
        return (toggle.Value ?? false) ^ _flipped.Contains(toggle.Id);
    }

    /// <summary>The value of a field: typed text, the option shown, or <c>true</c>/<c>false</c> for a tick box.</summary>
    public string Field(string id) => _fields.GetValueOrDefault(id, "");

    public void SetField(string id, string? value)
    {
        if (_fields.ContainsKey(id)) _fields[id] = value ?? "";
    }

    /// <summary>Puts the screen back as it was shown first.</summary>
    public void Restart()
    {
        _taps.Clear();
        _flipped.Clear();
        ResetFields();
    }

    /// <summary>The answer to send: the taps, and the fields when the screen has any.</summary>
    public Response ToResponse() => _fields.Count == 0
        ? Response.Tap([.. _taps])
        : Response.Fill(new Dictionary<string, string>(_fields, StringComparer.Ordinal), [.. _taps]);

    private void ResetFields()
    {
        _fields.Clear();
        foreach (var element in _content.Screen.Elements.Where(e => e.IsField))
        {
            _fields[element.Id] = InitialValue(element.Id);
        }
    }

    private string InitialValue(string id) => _content.Screen.Find(id) switch
    {
        { Role: ElementRole.Select, Options: [var first, ..] } => first,
        { Role: ElementRole.Checkbox } => "false",
        _ => "",
    };
}
