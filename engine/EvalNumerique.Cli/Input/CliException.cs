namespace EvalNumerique.Cli.Input;

/// <summary>Bad input from the user (a file, a flag, a request): the message says where and what to fix.</summary>
public sealed class CliException(string message) : Exception(message);
