namespace EvalNumerique.Web.Data;

/// <summary>Where a person is in the check.</summary>
public enum CheckStage
{
    /// <summary>An invited person is asked, in plain words, whether their answers may be kept in their record.</summary>
    Consent,

    /// <summary>The how-to with its practice question (not scored).</summary>
    Practice,

    /// <summary>"What would you like to be able to do?" and the equipment questions.</summary>
    Needs,

    /// <summary>The adaptive questions.</summary>
    Questions,

    /// <summary>The check is over; the result is ready.</summary>
    Finished,
}
