namespace EvalNumerique.Engine.Sessions;

/// <summary>What a <see cref="CatStep"/> asks the caller to show.</summary>
public enum CatStepKind
{
    /// <summary>Nothing: the test has stopped.</summary>
    Finished,

    /// <summary>A scored item of the bank: answer it with <see cref="CatSession.Answer(int, int)"/>.</summary>
    Scored,

    /// <summary>A pilot item: answer it with <see cref="CatSession.AnswerPilot"/>; it is never scored.</summary>
    Pilot,
}
