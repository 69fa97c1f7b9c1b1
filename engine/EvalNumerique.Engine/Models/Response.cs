namespace EvalNumerique.Engine.Models;

/// <summary>One scored answer: the item's index in the pool and the score (1 correct, 0 not).</summary>
public readonly record struct Response(int Item, int Score)
{
    /// <summary>Whether the answer is correct.</summary>
    public bool IsCorrect => Score != 0;
}
