namespace EvalNumerique.Web.Features.Check;

/// <summary>Why a check request cannot be done, mapped to 404 / 409 / 422 by the API and to a kind message by the UI.</summary>
public enum CheckProblemKind
{
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>A request about a check that cannot be carried out, with a message that says what to do.</summary>
public sealed class CheckProblemException(CheckProblemKind kind, string message) : Exception(message)
{
    public CheckProblemKind Kind { get; } = kind;
}
