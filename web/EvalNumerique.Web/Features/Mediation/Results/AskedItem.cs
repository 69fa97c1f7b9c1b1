using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>One question of a check as the professional reads it.</summary>
/// <param name="Sequence">1, 2, 3… in the order answered.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="Competence">The competence's name, or null when the item is no longer in the bank.</param>
/// <param name="Type">The item type, or null when the item is no longer in the bank.</param>
/// <param name="Stem">First line of the question, plain text.</param>
/// <param name="Answer">The answer given, in words (empty for "Je ne sais pas" and for yes-no items).</param>
/// <param name="SaidYes">For a yes-no item: Oui (true) or Non (false).</param>
/// <param name="Right">Scored right.</param>
/// <param name="DontKnow">The person said "Je ne sais pas".</param>
/// <param name="Seconds">Response time, when the page measured it.</param>
/// <param name="A">Discrimination of the item (current bank).</param>
/// <param name="B">Difficulty of the item (current bank).</param>
public sealed record AskedItem(int Sequence, string ItemId, string? Competence, ItemType? Type, string Stem, string Answer, bool? SaidYes,
    bool Right, bool DontKnow, double? Seconds, double? A, double? B);
