namespace EvalNumerique.Cli.Input;

/// <summary>Finds the <c>itembank/</c> folder: the one given, else the nearest above the current directory.</summary>
public static class ItembankFolder
{
    public static string Resolve(string? given)
    {
        if (given is not null)
        {
            return File.Exists(Path.Combine(given, "framework.yaml"))
                ? given
                : throw new CliException($"--itembank: {given} is not an item bank folder (no framework.yaml in it)");
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "itembank");
            if (File.Exists(Path.Combine(candidate, "framework.yaml"))) return candidate;
        }
        throw new CliException("no itembank/ folder found here or above; give it with --itembank DIR");
    }
}
