namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>Why <see cref="CsvRecordReader"/> stopped before the end of the file.</summary>
internal enum CsvReadFailure
{
    None,

    /// <summary>A quote opened and never closed: everything after it was one value.</summary>
    UnclosedQuote,

    /// <summary>One value exceeded <see cref="DirectoryLimits.MaxValueChars"/>.</summary>
    ValueTooLong,

    /// <summary>The text exceeded <see cref="DirectoryLimits.MaxBytes"/> characters.</summary>
    FileTooLarge,
}
