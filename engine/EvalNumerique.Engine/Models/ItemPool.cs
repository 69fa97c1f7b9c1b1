using System.Collections.Frozen;

namespace EvalNumerique.Engine.Models;

/// <summary>
/// An immutable bank of dichotomous items stored as structure-of-arrays, so that the selection
/// loop reads a, b, c, d sequentially. Items are addressed by their index in bank order; ids and
/// content domains are kept beside the parameters.
/// </summary>
public sealed class ItemPool
{
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _c;
    private readonly double[] _d;
    private readonly int[] _domainOf;
    private readonly string[] _ids;
    private readonly string[] _domains;
    private readonly FrozenDictionary<string, int> _indexById;
    private readonly string _fingerprint;

    /// <summary>Builds a pool. Throws <see cref="ArgumentException"/> for invalid parameters or duplicate ids.</summary>
    /// <param name="items">The items in bank order.</param>
    /// <param name="scaling">The scaling constant D of every item of the pool.</param>
    public ItemPool(IReadOnlyList<PoolItem> items, double scaling = ResponseModel.DefaultScaling)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!double.IsFinite(scaling) || scaling <= 0)
            throw new ArgumentException("The scaling constant D must be a finite number > 0.", nameof(scaling));

        int n = items.Count;
        _a = new double[n]; _b = new double[n]; _c = new double[n]; _d = new double[n];
        _domainOf = new int[n];
        _ids = new string[n];
        var domains = new List<string>();
        var indexById = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var item = items[i];
            if (item.Parameters.Problem() is { } problem)
                throw new ArgumentException($"Item '{item.Id}': {problem}.", nameof(items));
            if (!indexById.TryAdd(item.Id, i))
                throw new ArgumentException($"Item id '{item.Id}' appears twice.", nameof(items));
            _ids[i] = item.Id;
            (_a[i], _b[i], _c[i], _d[i]) = (item.Parameters.A, item.Parameters.B, item.Parameters.C, item.Parameters.D);
            if (item.Domain is null)
            {
                _domainOf[i] = -1;
            }
            else
            {
                int domain = domains.IndexOf(item.Domain);
                if (domain < 0) { domain = domains.Count; domains.Add(item.Domain); }
                _domainOf[i] = domain;
            }
        }
        _domains = [.. domains];
        _indexById = indexById.ToFrozenDictionary(StringComparer.Ordinal);
        Scaling = scaling;
        _fingerprint = ComputeFingerprint();
    }

    /// <summary>Number of items.</summary>
    public int Count => _ids.Length;

    /// <summary>The scaling constant D shared by the pool.</summary>
    public double Scaling { get; }

    /// <summary>Discriminations, in bank order.</summary>
    public ReadOnlySpan<double> A => _a;

    /// <summary>Difficulties, in bank order.</summary>
    public ReadOnlySpan<double> B => _b;

    /// <summary>Lower asymptotes, in bank order.</summary>
    public ReadOnlySpan<double> C => _c;

    /// <summary>Upper asymptotes, in bank order.</summary>
    public ReadOnlySpan<double> D => _d;

    /// <summary>Distinct content domains, in order of first appearance.</summary>
    public IReadOnlyList<string> Domains => _domains;

    /// <summary>Item ids, in bank order.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Index of the item's domain in <see cref="Domains"/>, or −1 when it has none.</summary>
    public int DomainOf(int item) => _domainOf[item];

    /// <summary>The item's parameters.</summary>
    public ItemParameters this[int item] => new(_a[item], _b[item], _c[item], _d[item]);

    /// <summary>Index of the item with this id, or −1.</summary>
    public int IndexOf(string id) => _indexById.TryGetValue(id, out int index) ? index : -1;

    /// <summary>P(θ) of one item.</summary>
    public double Probability(int item, double theta) =>
        ResponseModel.Probability(_a[item], _b[item], _c[item], _d[item], Scaling, theta);

    /// <summary>Fisher information of one item at θ.</summary>
    public double Information(int item, double theta) =>
        ResponseModel.Information(_a[item], _b[item], _c[item], _d[item], Scaling, theta);

    /// <summary>
    /// A fingerprint of ids and parameters, stored with a session so that a resumed session can
    /// tell it is running on the same bank.
    /// </summary>
    public string Fingerprint() => _fingerprint;

    private string ComputeFingerprint()
    {
        // FNV-1a (64-bit): stable across processes, unlike HashCode which is seeded per process.
        ulong hash = 14695981039346656037UL;
        void Mix(ulong value)
        {
            for (int shift = 0; shift < 64; shift += 8)
                hash = (hash ^ ((value >> shift) & 0xFF)) * 1099511628211UL;
        }
        for (int i = 0; i < Count; i++)
        {
            foreach (char ch in _ids[i]) Mix(ch);
            Mix((ulong)BitConverter.DoubleToInt64Bits(_a[i]));
            Mix((ulong)BitConverter.DoubleToInt64Bits(_b[i]));
            Mix((ulong)BitConverter.DoubleToInt64Bits(_c[i]));
            Mix((ulong)BitConverter.DoubleToInt64Bits(_d[i]));
            Mix((ulong)(long)_domainOf[i]);
        }
        foreach (string domain in _domains)
            foreach (char ch in domain) Mix(ch);
        Mix((ulong)BitConverter.DoubleToInt64Bits(Scaling));
        return $"{Count}:{hash:x16}";
    }
}
