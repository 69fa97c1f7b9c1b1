namespace EvalNumerique.ItemBank.Items;

/// <summary>A simulation item: the person does the task on an imitation of a real screen.</summary>
/// <param name="Screen">The screen.</param>
/// <param name="Answer">What the person must do.</param>
public sealed record SimulationContent(Screen Screen, SimulationAnswer Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.Simulation;
}
