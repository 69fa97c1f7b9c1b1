namespace EvalNumerique.Web.Features.Admin;

/// <summary>The outcome of a change to an account: the account's id, or the problems (AdminText keys) that stopped it.</summary>
public sealed record AccountChange(string? Id, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    internal static AccountChange Refused(params string[] problems) => new(null, problems);
}
