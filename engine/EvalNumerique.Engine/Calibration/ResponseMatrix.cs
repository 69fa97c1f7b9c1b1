using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// Sparse scored answers of many persons, each to their own subset of the items (adaptive data):
/// compressed rows (person j's answers are <c>Items[Start[j]..Start[j+1]]</c> with their
/// <c>Scores</c>), so the E-step walks every answer once per cycle without touching missing cells.
/// </summary>
public sealed class ResponseMatrix
{
    private readonly int[] _start;
    private readonly int[] _items;
    private readonly byte[] _scores;

    /// <summary>
    /// Builds the matrix. Throws <see cref="ArgumentException"/> for an item index outside
    /// [0, <paramref name="itemCount"/>), a score other than 0/1, or an item answered twice by one person.
    /// </summary>
    /// <param name="itemCount">Number of items (indices refer to the calibration's item list).</param>
    /// <param name="persons">Each person's answers: item index and score 0/1.</param>
    public ResponseMatrix(int itemCount, IReadOnlyList<IReadOnlyList<Response>> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ItemCount = itemCount;
        _start = new int[persons.Count + 1];
        int total = 0;
        for (int j = 0; j < persons.Count; j++)
        {
            ArgumentNullException.ThrowIfNull(persons[j]);
            total += persons[j].Count;
            _start[j + 1] = total;
        }
        _items = new int[total];
        _scores = new byte[total];
        var lastSeen = new int[itemCount];
        Array.Fill(lastSeen, -1);
        int at = 0;
        for (int j = 0; j < persons.Count; j++)
        {
            foreach (var response in persons[j])
            {
                if ((uint)response.Item >= (uint)itemCount)
                    throw new ArgumentException($"Person {j}: item index {response.Item} is outside [0, {itemCount}).", nameof(persons));
                if (response.Score is not (0 or 1))
                    throw new ArgumentException($"Person {j}: item {response.Item} has score {response.Score}; scores are 0 or 1.", nameof(persons));
                if (lastSeen[response.Item] == j)
                    throw new ArgumentException($"Person {j}: item {response.Item} is answered twice.", nameof(persons));
                lastSeen[response.Item] = j;
                _items[at] = response.Item;
                _scores[at] = (byte)response.Score;
                at++;
            }
        }
    }

    /// <summary>Number of items the indices refer to.</summary>
    public int ItemCount { get; }

    /// <summary>Number of persons (rows), including persons without any answer.</summary>
    public int PersonCount => _start.Length - 1;

    /// <summary>Total number of answers.</summary>
    public int AnswerCount => _items.Length;

    /// <summary>Row offsets: person j's answers are at [Start[j], Start[j + 1]).</summary>
    public ReadOnlySpan<int> Start => _start;

    /// <summary>Item index of every answer, row by row.</summary>
    public ReadOnlySpan<int> Items => _items;

    /// <summary>Score (0/1) of every answer, row by row.</summary>
    public ReadOnlySpan<byte> Scores => _scores;
}
