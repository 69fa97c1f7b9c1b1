namespace EvalNumerique.ItemBank.Tests.Support;

/// <summary>Finds the repository root: the folder holding EvalNumerique.sln, walking up from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EvalNumerique.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EvalNumerique.sln not found above " + AppContext.BaseDirectory);
    }

    public static string ItemBank => Path.Combine(Find(), "itembank");
}
