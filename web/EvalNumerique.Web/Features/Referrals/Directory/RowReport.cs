namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>The errors and warnings of one row (or one JSON structure) while it is being checked.</summary>
internal sealed class RowReport(int line)
{
    public int Line { get; } = line;

    public List<DirectoryRowError> Errors { get; } = [];

    public List<DirectoryRowError> Warnings { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void Error(string field, string message) => Errors.Add(new(Line, field, message));

    public void Warn(string field, string message) => Warnings.Add(new(Line, field, message));
}
