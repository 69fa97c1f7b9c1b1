namespace EvalNumerique.Web.Features.Admin;

/// <summary>Why an admin change was refused: each is a key of AdminText, shown as is on the page.</summary>
public static class AdminProblems
{
    public const string StructureNameRequired = "StructureNameRequired";
    public const string StructureKindUnknown = "StructureKindUnknown";
    public const string RetentionOutOfRange = "RetentionOutOfRange";
    public const string PostalCodeFormat = "PostalCodeFormat";
    public const string AddressTooLong = "AddressTooLong";
    public const string StructureNotFound = "StructureNotFound";
    public const string MemberUnknown = "MemberUnknown";
    public const string StructureHasPeople = "StructureHasPeople";
    public const string EmailInvalid = "EmailInvalid";
    public const string EmailTaken = "EmailTaken";
    public const string PasswordTooShort = "PasswordTooShort";
    public const string PasswordTooWeak = "PasswordTooWeak";
    public const string DisplayNameRequired = "DisplayNameRequired";
    public const string RoleUnknown = "RoleUnknown";
    public const string StructureUnknown = "StructureUnknown";
    public const string AccountNotFound = "AccountNotFound";
    public const string CannotDropOwnAdminRole = "CannotDropOwnAdminRole";
    public const string CannotLockSelf = "CannotLockSelf";
}
