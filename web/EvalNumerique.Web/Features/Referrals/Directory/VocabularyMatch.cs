namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>The result of looking a file's value up in a <see cref="Vocabulary"/>.</summary>
internal readonly record struct VocabularyMatch(VocabularyMatchKind Kind, string Value);
