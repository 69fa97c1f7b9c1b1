namespace EvalNumerique.ItemBank.Items;

/// <summary>The answer key of a simulation: <see cref="TapAnswer"/>, <see cref="SequenceAnswer"/> or <see cref="FieldsAnswer"/>.</summary>
public abstract record SimulationAnswer;
