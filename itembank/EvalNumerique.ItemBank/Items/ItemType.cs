namespace EvalNumerique.ItemBank.Items;

/// <summary>The interaction type of an item (the <c>type</c> field).</summary>
public enum ItemType
{
    /// <summary><c>single-choice</c>: one right choice among 2–5.</summary>
    SingleChoice,
    /// <summary><c>multiple-choice</c>: tick exactly the right choices among 3–6.</summary>
    MultipleChoice,
    /// <summary><c>yes-no</c>: the buttons Oui / Non.</summary>
    YesNo,
    /// <summary><c>ordering</c>: put 3–5 steps in order.</summary>
    Ordering,
    /// <summary><c>hotspot</c>: tap the right region of a picture.</summary>
    Hotspot,
    /// <summary><c>text-entry</c>: type a short answer, compared after normalisation.</summary>
    TextEntry,
    /// <summary><c>simulation</c>: do the task on an imitation of a real screen.</summary>
    Simulation,
}
