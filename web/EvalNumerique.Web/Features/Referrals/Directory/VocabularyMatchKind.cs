namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>How a file's value relates to a <see cref="Vocabulary"/>.</summary>
internal enum VocabularyMatchKind
{
    /// <summary>A value of the schema (possibly with other case, accents or the long label).</summary>
    Known,

    /// <summary>An older name of a schema value; <see cref="VocabularyMatch.Value"/> is the current one.</summary>
    OlderName,

    /// <summary>Not a value of the schema; <see cref="VocabularyMatch.Value"/> is the trimmed input.</summary>
    Unknown,
}
