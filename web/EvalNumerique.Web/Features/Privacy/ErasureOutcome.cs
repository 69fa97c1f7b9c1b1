namespace EvalNumerique.Web.Features.Privacy;

/// <summary>How an erasure request ended.</summary>
public enum ErasureOutcome
{
    Erased,

    /// <summary>No such record, or not one of the staff member's structures (the two are not told apart).</summary>
    NotFound,

    /// <summary>The typed confirmation is not the person's nickname: nothing was erased.</summary>
    ConfirmationMismatch,
}
