namespace EvalNumerique.ItemBank.Framework;

/// <summary>One of the four expert levels of a competence and what a person at that level can do.</summary>
/// <param name="Level">1 (découverte), 2 (débutant), 3 (à l'aise) or 4 (autonome).</param>
/// <param name="CanDo">The can-do descriptor ("Je sais…").</param>
public sealed record CompetenceLevel(int Level, LocalizedText CanDo);
