namespace EvalNumerique.Web.Features.Admin;

/// <summary>The columns the audit log can be sorted on.</summary>
public enum AuditSort
{
    At,
    User,
    Action,
    Structure,
}
