using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Scored answers of many persons to a bank, stored sparsely: each person has only the items they
/// answered (an adaptive check gives each person a different 10–20 items of a few hundred). Kept
/// both by person (for θ estimation) and by item (for item statistics). Scores are 0 or 1.
/// </summary>
public sealed class ResponseSet
{
    private readonly Response[][] _byPerson;
    private readonly ItemAnswer[][] _byItem;

    /// <summary>
    /// Builds the set. Throws <see cref="ArgumentException"/> when an item index is outside the bank,
    /// a score is not 0 or 1, or a person answered the same item twice.
    /// </summary>
    /// <param name="itemCount">Number of items of the bank the indices refer to.</param>
    /// <param name="persons">Each person's answers, as <see cref="Response"/> (item index, score).</param>
    public ResponseSet(int itemCount, IReadOnlyList<IReadOnlyList<Response>> persons)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentNullException.ThrowIfNull(persons);
        ItemCount = itemCount;
        _byPerson = new Response[persons.Count][];
        var counts = new int[itemCount];
        var seen = new int[itemCount];
        Array.Fill(seen, -1);
        for (int person = 0; person < persons.Count; person++)
        {
            var answers = persons[person] ?? throw new ArgumentException($"Person {person} has no answer list.", nameof(persons));
            foreach (var answer in answers)
            {
                if (answer.Item < 0 || answer.Item >= itemCount)
                    throw new ArgumentException($"Person {person} answered item {answer.Item}; the bank has {itemCount} items.", nameof(persons));
                if (answer.Score is not (0 or 1))
                    throw new ArgumentException($"Person {person} has score {answer.Score} on item {answer.Item}; scores are 0 or 1.", nameof(persons));
                if (seen[answer.Item] == person)
                    throw new ArgumentException($"Person {person} answered item {answer.Item} twice.", nameof(persons));
                seen[answer.Item] = person;
                counts[answer.Item]++;
            }
            _byPerson[person] = [.. answers];
        }

        _byItem = new ItemAnswer[itemCount][];
        for (int item = 0; item < itemCount; item++) _byItem[item] = new ItemAnswer[counts[item]];
        Array.Clear(counts);
        for (int person = 0; person < _byPerson.Length; person++)
            foreach (var answer in _byPerson[person])
                _byItem[answer.Item][counts[answer.Item]++] = new ItemAnswer(person, answer.Score);
        IsComplete = _byPerson.All(answers => answers.Length == itemCount);
    }

    /// <summary>Number of items of the bank.</summary>
    public int ItemCount { get; }

    /// <summary>Number of persons.</summary>
    public int PersonCount => _byPerson.Length;

    /// <summary>Whether every person answered every item (a fixed form, not an adaptive check).</summary>
    public bool IsComplete { get; }

    /// <summary>The answers of one person, in the order given.</summary>
    public ReadOnlySpan<Response> OfPerson(int person) => _byPerson[person];

    /// <summary>The answers to one item, in person order.</summary>
    public ReadOnlySpan<ItemAnswer> OfItem(int item) => _byItem[item];

    /// <summary>Number-correct score of one person over the items they answered.</summary>
    public int SumScore(int person)
    {
        int sum = 0;
        foreach (var answer in _byPerson[person]) sum += answer.Score;
        return sum;
    }
}
