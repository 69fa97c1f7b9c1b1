namespace EvalNumerique.Cli.Tests;

/// <summary>Runs `evalnum` in process with given stdin and captures stdout, stderr and the exit code.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static CliRun Of(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = EvalnumApp.Run(args, new StringReader(stdin), output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary file removed at dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string content, string extension = ".json")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"evalnum-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
