namespace EvalNumerique.ItemBank.Items;

/// <summary>
/// Right when every listed field holds an accepted value and the submit button is tapped.
/// A select accepts the option text; a checkbox accepts <c>"true"</c> or <c>"false"</c>.
/// </summary>
/// <param name="Fields">Accepted values per field element id.</param>
/// <param name="Submit">The id of the button that sends the form.</param>
public sealed record FieldsAnswer(IReadOnlyDictionary<string, TextAnswer> Fields, string Submit) : SimulationAnswer;
