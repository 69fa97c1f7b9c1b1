using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// One adaptive test in progress: asks <see cref="NextItem"/> for the item to show, gives each
/// answer to <see cref="Answer(int, int)"/>, reads <see cref="Estimate"/> and <see cref="StopReason"/>.
/// The estimate is updated incrementally — O(grid) per answer for EAP (<see cref="Posterior"/>),
/// O(scan nodes) plus a few Newton steps over the answers for MLE/MAP/WLE
/// (<see cref="ModalEstimator"/>) — and selection is one pass over the bank, allocation-free.
/// <see cref="State"/> serialises the session and <see cref="Resume"/> continues it exactly.
/// <para>
/// With <see cref="CatOptions.Pilots"/>, a caller that asks <see cref="NextStep"/> instead of
/// <see cref="NextItem"/> is also given the planned pilot items (<see cref="PlannedPilots"/>) at their
/// places and answers them with <see cref="AnswerPilot"/>: they are kept in <see cref="PilotResponses"/>
/// for calibration and change nothing else, except that a given pilot item blocks its enemies.
/// </para>
/// </summary>
public sealed class CatSession
{
    private readonly ItemPool _pool;
    private readonly CatOptions _options;
    private readonly RandomSource _random;
    private readonly Posterior? _posterior;
    private readonly ModalEstimator? _modal;
    private readonly List<Response> _responses = [];
    private readonly List<int> _excluded = [];
    private readonly bool[] _blocked;
    private readonly int[][]? _enemiesOf; // null without enemy groups: no per-item table for a large bank
    private readonly double[] _targets;
    private readonly int[] _minimums;
    private readonly int[] _administeredPerDomain;
    private readonly int[] _availablePerDomain;
    private readonly PilotSchedule? _pilots; // null without pilots: NextStep is NextItem
    private int _available;
    private int _pending = -1;

    /// <summary>A new session on a bank. Throws <see cref="ArgumentException"/> for invalid options or unknown enemy ids.</summary>
    public CatSession(ItemPool pool, CatOptions options, ulong seed)
        : this(pool, options, seed, pilotAnswerCounts: null)
    {
    }

    /// <summary>
    /// A new session on a bank whose pilot items (<see cref="CatOptions.Pilots"/>) are chosen fewest
    /// answers first. Throws <see cref="ArgumentException"/> for invalid options, unknown enemy ids
    /// or a pilot id that is also in the bank.
    /// </summary>
    /// <param name="pool">The scored bank.</param>
    /// <param name="options">The options.</param>
    /// <param name="seed">Seeds every random choice: the scored items, and (on a stream of its own) the pilot plan.</param>
    /// <param name="pilotAnswerCounts">Answers collected so far per pilot id (missing ids count 0); null when unknown.</param>
    public CatSession(ItemPool pool, CatOptions options, ulong seed, IReadOnlyDictionary<string, int>? pilotAnswerCounts)
        : this(pool, options, new RandomSource(seed), PlanPilots(options, seed, pilotAnswerCounts))
    {
    }

    private CatSession(ItemPool pool, CatOptions options, RandomSource random, IReadOnlyList<PlannedPilot> pilotPlan)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem) throw new ArgumentException($"Invalid options: {problem}.", nameof(options));
        _pool = pool;
        _options = options;
        _random = random;
        var estimation = options.Estimation;
        if (estimation.Method == EstimationMethod.Eap)
            _posterior = new Posterior(estimation.Quadrature, estimation.Prior);
        else
            _modal = new ModalEstimator(pool, estimation.Method, estimation.Bounds, estimation.Prior);
        _blocked = new bool[pool.Count];
        var pilotIds = options.Pilots?.Items ?? [];
        foreach (string id in pilotIds)
            if (pool.IndexOf(id) >= 0) throw new ArgumentException($"Pilot item '{id}' is also in the scored bank; a pilot item is never scored.", nameof(options));
        _enemiesOf = BuildEnemies(pool, options.EnemyGroups, pilotIds);
        _pilots = PilotSchedule.Create(pool, pilotPlan, options.EnemyGroups);

        int domains = pool.Domains.Count;
        _targets = new double[domains];
        _minimums = new int[domains];
        _administeredPerDomain = new int[domains];
        _availablePerDomain = new int[domains];
        for (int g = 0; g < domains; g++)
        {
            string name = pool.Domains[g];
            if (options.Selection.ContentTargets?.TryGetValue(name, out double target) == true) _targets[g] = target;
            if (options.Stopping.MinPerDomain?.TryGetValue(name, out int minimum) == true) _minimums[g] = minimum;
        }
        for (int i = 0; i < pool.Count; i++)
            if (pool.DomainOf(i) >= 0) _availablePerDomain[pool.DomainOf(i)]++;
        _available = pool.Count;
        Estimate = InitialEstimate();
        UpdateStop();
    }

    /// <summary>The bank.</summary>
    public ItemPool Pool => _pool;

    /// <summary>The options.</summary>
    public CatOptions Options => _options;

    /// <summary>The current estimate (before any answer: the start θ, or prior mean, with the prior SD).</summary>
    public ThetaEstimate Estimate { get; private set; }

    /// <summary>Why the test has stopped, or null while it goes on.</summary>
    public StopReason? StopReason { get; private set; }

    /// <summary>Whether the test has stopped.</summary>
    public bool IsFinished => StopReason is not null;

    /// <summary>The answers so far, in order.</summary>
    public IReadOnlyList<Response> Responses => _responses;

    /// <summary>The pilot items planned at the start, in order of place; empty without pilots.</summary>
    public IReadOnlyList<PlannedPilot> PlannedPilots => _pilots?.Plan ?? [];

    /// <summary>The answers to pilot items so far, in order; never part of <see cref="Responses"/> or the estimate.</summary>
    public IReadOnlyList<PilotAnswer> PilotResponses => _pilots?.Answers ?? [];

    /// <summary>Items given so far per domain index of <see cref="ItemPool.Domains"/>.</summary>
    public ReadOnlySpan<int> AdministeredPerDomain => _administeredPerDomain;

    /// <summary>
    /// The item to show now (its pool index), or −1 when the test has stopped. Calling it again
    /// before answering returns the same item without drawing new random numbers.
    /// </summary>
    public int NextItem()
    {
        if (StopReason is not null) return -1;
        if (_pending >= 0) return _pending;
        double theta = _responses.Count == 0
            ? _options.StartTheta ?? _options.Estimation.Prior.Mean
            : Estimate.Theta;
        int domain = ChooseDomain();
        int item = SelectIn(domain, theta);
        if (item < 0 && domain >= 0) item = SelectIn(-1, theta);
        _pending = item;
        return item;
    }

    /// <summary>
    /// What to show now: the pilot item due at this place of the check, if any (see
    /// <see cref="PlannedPilots"/>: due once its number of scored answers is reached, and not
    /// skipped — an enemy of it was given, or it was excluded), else the scored item of
    /// <see cref="NextItem"/>, else <see cref="CatStep.Finished"/>. Asking again before answering
    /// gives the same step; a session without pilots gives exactly the items of <see cref="NextItem"/>.
    /// Allocation-free. Pilots planned after the point where the test stops are not given.
    /// </summary>
    public CatStep NextStep()
    {
        if (StopReason is not null) return CatStep.Finished;
        if (_pilots is not null && _pilots.Due(_responses.Count) is var entry and >= 0)
            return new CatStep(CatStepKind.Pilot, -1, _pilots.Plan[entry].Item);
        int item = NextItem();
        return item >= 0 ? new CatStep(CatStepKind.Scored, item, null) : CatStep.Finished;
    }

    /// <summary>
    /// Records the answer to the pilot item <see cref="NextStep"/> gave. It goes to
    /// <see cref="PilotResponses"/> only: the estimate, the content balance, the test length and
    /// the stopping rule do not see it (its enemies in the bank are blocked, as for any enemy).
    /// </summary>
    /// <param name="pilotId">The pilot item's id; it must be the one due now.</param>
    /// <param name="score">1 correct, 0 not ("I don't know" scores 0).</param>
    public void AnswerPilot(string pilotId, int score)
    {
        ArgumentNullException.ThrowIfNull(pilotId);
        if (StopReason is not null) throw new InvalidOperationException("The test has stopped; no more answers are taken.");
        if (score is not (0 or 1)) throw new ArgumentOutOfRangeException(nameof(score), score, "A score is 0 or 1.");
        int entry = _pilots?.EntryOf(pilotId) ?? -1;
        if (entry < 0) throw new ArgumentException($"'{pilotId}' is not a pilot item of this session.", nameof(pilotId));
        if (_pilots!.Due(_responses.Count) != entry)
            throw new InvalidOperationException($"Pilot item '{pilotId}' is not the step due now; ask NextStep for the item to show.");
        RecordPilot(entry, score);
    }

    /// <summary>Drops a planned pilot item not yet answered (e.g. withdrawn from piloting); unknown or answered ids are ignored.</summary>
    public void ExcludePilot(string pilotId)
    {
        int entry = _pilots?.EntryOf(pilotId) ?? -1;
        if (entry >= 0) _pilots!.Exclude(entry);
    }

    /// <summary>Records the answer to an item (normally the one <see cref="NextItem"/> gave) and updates the estimate.</summary>
    /// <param name="item">The item's pool index; it must not have been given, excluded or blocked by an enemy.</param>
    /// <param name="score">1 correct, 0 not ("I don't know" scores 0).</param>
    public void Answer(int item, int score)
    {
        if (StopReason is not null) throw new InvalidOperationException("The test has stopped; no more answers are taken.");
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, _pool.Count);
        if (score is not (0 or 1)) throw new ArgumentOutOfRangeException(nameof(score), score, "A score is 0 or 1.");
        if (_blocked[item]) throw new InvalidOperationException($"Item '{_pool.Ids[item]}' was already given or is excluded.");

        var response = new Response(item, score);
        _responses.Add(response);
        int domain = _pool.DomainOf(item);
        if (domain >= 0) _administeredPerDomain[domain]++;
        Block(item);
        if (_enemiesOf is not null)
            foreach (int enemy in _enemiesOf[item]) Block(enemy);
        _pilots?.ScoredGiven(item);
        _pending = -1;

        if (_posterior is not null)
        {
            _posterior.Update(_pool, response);
            Estimate = _posterior.Estimate();
        }
        else if (_modal is not null)
        {
            _modal.Update(response);
            Estimate = _modal.Estimate();
        }
        UpdateStop();
    }

    /// <summary>Answers by item id.</summary>
    public void Answer(string itemId, int score)
    {
        int item = _pool.IndexOf(itemId);
        if (item < 0) throw new ArgumentException($"Unknown item '{itemId}'.", nameof(itemId));
        Answer(item, score);
    }

    /// <summary>Removes an item from the test (e.g. withdrawn from the bank); a pending item is re-chosen.</summary>
    public void Exclude(int item)
    {
        if (_blocked[item]) return;
        _excluded.Add(item);
        Block(item);
        if (_pending == item) _pending = -1;
        UpdateStop();
    }

    /// <summary>The serialisable state of the session.</summary>
    public CatSessionState State() => new()
    {
        PoolFingerprint = _pool.Fingerprint(),
        Options = _options,
        Responses = [.. _responses.Select(r => new AnsweredItem(_pool.Ids[r.Item], r.Score))],
        Excluded = [.. _excluded.Select(i => _pool.Ids[i])],
        Pending = _pending >= 0 ? _pool.Ids[_pending] : null,
        Random = _random.State,
        PilotPlan = _pilots is null ? null : [.. _pilots.Plan],
        PilotResponses = _pilots is { Answers.Count: > 0 } ? [.. _pilots.Answers] : null,
        ExcludedPilots = _pilots is { Excluded.Count: > 0 } ? [.. _pilots.Excluded] : null,
    };

    /// <summary>
    /// Continues a session from its state: replays the answers (pilot answers at their places among
    /// the scored ones), restores the generator, the pending item and the pilot plan. Throws
    /// <see cref="ArgumentException"/> if the bank is not the one the state was made on, an id is
    /// unknown, or a pilot answer does not fit the plan.
    /// </summary>
    public static CatSession Resume(ItemPool pool, CatSessionState state)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(state);
        if (state.PoolFingerprint != pool.Fingerprint())
            throw new ArgumentException("The session was made on another item bank (fingerprints differ).", nameof(state));
        var session = new CatSession(pool, state.Options, RandomSource.FromState([.. state.Random]), state.PilotPlan ?? []);
        foreach (string id in state.Excluded) session.Exclude(IndexOf(pool, id));
        foreach (string id in state.ExcludedPilots ?? []) session.ExcludePilot(id);
        var pilotAnswers = state.PilotResponses ?? [];
        int replayed = 0;
        foreach (var answer in state.Responses)
        {
            replayed = session.ReplayPilots(pilotAnswers, replayed);
            session.Replay(IndexOf(pool, answer.Item), answer.Score);
        }
        if (session.ReplayPilots(pilotAnswers, replayed) < pilotAnswers.Count)
            throw new ArgumentException("The session state has a pilot answer after more scored answers than it holds.", nameof(state));
        session._pending = state.Pending is null ? -1 : IndexOf(pool, state.Pending);
        return session;
    }

    private void Replay(int item, int score)
    {
        // Replaying must not stop early on a rule checked before the original last answer.
        StopReason = null;
        Answer(item, score);
    }

    /// <summary>Replays the pilot answers given after as many scored answers as are replayed so far; returns the next one.</summary>
    private int ReplayPilots(IReadOnlyList<PilotAnswer> answers, int next)
    {
        for (; next < answers.Count && answers[next].After <= _responses.Count; next++)
        {
            var answer = answers[next];
            int entry = _pilots?.EntryOf(answer.Item) ?? -1;
            if (entry < 0 || _pilots!.IsDone(entry) || answer.After != _responses.Count || answer.Score is not (0 or 1))
                throw new ArgumentException($"The session state's answer to pilot item '{answer.Item}' does not fit its pilot plan.", nameof(answers));
            StopReason = null;
            RecordPilot(entry, answer.Score);
        }
        return next;
    }

    private void RecordPilot(int entry, int score)
    {
        foreach (int enemy in _pilots!.Record(entry, score, _responses.Count))
        {
            Block(enemy);
            if (_pending == enemy) _pending = -1;
        }
        UpdateStop(); // unchanged unless blocking an enemy emptied the bank or a domain
    }

    private static PlannedPilot[] PlanPilots(CatOptions options, ulong seed, IReadOnlyDictionary<string, int>? answerCounts)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Invalid options plan nothing; the constructor then reports them.
        if (options.Pilots is not { } pilots || options.Problem() is not null) return [];
        return PilotPlanner.Plan(pilots, options.Stopping, options.EnemyGroups, seed, answerCounts);
    }

    private static int IndexOf(ItemPool pool, string id)
    {
        int index = pool.IndexOf(id);
        return index >= 0 ? index : throw new ArgumentException($"The session state names item '{id}', which the bank does not have.", nameof(id));
    }

    private ThetaEstimate InitialEstimate() =>
        new(_options.StartTheta ?? _options.Estimation.Prior.Mean, _options.Estimation.Prior.Sd);

    private int SelectIn(int domain, double theta)
    {
        var selection = _options.Selection;
        return selection.Exposure switch
        {
            ExposureControl.Randomesque => Randomesque.Select(_pool, theta, _blocked, domain, selection.RandomesqueSize, _random),
            ExposureControl.Progressive => ProgressiveExposure.Select(_pool, theta, _blocked, domain,
                _responses.Count, _options.Stopping.MaxLength, selection.ProgressiveAcceleration, _random),
            _ => MaximumInformation.Select(_pool, theta, _blocked, domain),
        };
    }

    /// <summary>
    /// A domain whose per-domain minimum can only still be met if it is served now, else the
    /// content-balancing choice, else −1 (any domain).
    /// </summary>
    private int ChooseDomain()
    {
        int remaining = _options.Stopping.MaxLength - _responses.Count;
        int deficit = 0, neediest = -1, neediestDeficit = 0;
        for (int g = 0; g < _minimums.Length; g++)
        {
            int missing = Math.Max(0, _minimums[g] - _administeredPerDomain[g]);
            if (missing == 0 || _availablePerDomain[g] == 0) continue;
            deficit += missing;
            if (missing > neediestDeficit) { neediest = g; neediestDeficit = missing; }
        }
        if (neediest >= 0 && remaining <= deficit) return neediest;
        return ContentBalance.ChooseDomain(_targets, _administeredPerDomain, _availablePerDomain);
    }

    private bool DomainMinimumsMet()
    {
        for (int g = 0; g < _minimums.Length; g++)
            if (_administeredPerDomain[g] < _minimums[g] && _availablePerDomain[g] > 0) return false;
        return true;
    }

    private void Block(int item)
    {
        if (_blocked[item]) return;
        _blocked[item] = true;
        _available--;
        int domain = _pool.DomainOf(item);
        if (domain >= 0) _availablePerDomain[domain]--;
    }

    private void UpdateStop() =>
        StopReason = _options.Stopping.Check(_responses.Count, Estimate.Theta, Estimate.Se, DomainMinimumsMet(), _available > 0);

    /// <summary>Enemies among scored items; pilot ids of a group are left to <see cref="PilotSchedule"/>.</summary>
    private static int[][]? BuildEnemies(ItemPool pool, IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlyList<string> pilotIds)
    {
        if (groups.Count == 0) return null;
        var enemies = new List<int>[pool.Count];
        foreach (var group in groups)
        {
            var members = group.Select(id => pool.IndexOf(id) is var i and >= 0 ? i
                : pilotIds.Contains(id) ? -1
                : throw new ArgumentException($"Enemy group names unknown item '{id}'.", nameof(groups))).Where(i => i >= 0).ToArray();
            foreach (int member in members)
                foreach (int other in members)
                    if (other != member) (enemies[member] ??= []).Add(other);
        }
        return [.. enemies.Select(list => list is null ? [] : list.ToArray())];
    }
}
