namespace EvalNumerique.Web.Features.Accounts;

/// <summary>The actions written to the audit log.</summary>
public static class AuditActions
{
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string ViewedPerson = "viewed-person";
    public const string ViewedResult = "viewed-result";
    public const string CreatedPerson = "created-person";
    public const string EditedPerson = "edited-person";
    public const string CreatedInvitation = "created-invitation";
    public const string AddedNote = "added-note";
    public const string DeletedNote = "deleted-note";
    public const string PrintedSummary = "printed-summary";
    public const string ExportedStructure = "exported-structure";
    public const string ExportedPerson = "exported-person";
    public const string ErasedPerson = "erased-person";
    public const string RetentionErased = "retention-erased";
    public const string ManagedStructure = "managed-structure";
    public const string ManagedAccount = "managed-account";
    public const string ExportedAudit = "exported-audit";
    public const string CreatedKioskToken = "created-kiosk-token";
    public const string CreatedReferral = "created-referral";
    public const string RemovedReferral = "removed-referral";
    public const string ChangedReferral = "changed-referral";
    public const string ViewedReferralSheet = "viewed-referral-sheet";
    public const string ImportedDirectory = "imported-directory";
    public const string EditedReferralRule = "edited-referral-rule";
    public const string ReportedPlaceError = "reported-place-error";
    public const string ResolvedPlaceError = "resolved-place-error";
    public const string StartedCalibration = "started-calibration";
    public const string AcceptedCalibration = "accepted-calibration";
    public const string RevertedCalibration = "reverted-calibration";
}
