using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>
/// The live follow-up connections of each staff member and the structure groups each has joined,
/// so that an admin's change — a membership removed, an account locked or no longer a mediator —
/// stops the live updates at once instead of at the next reconnection.
/// </summary>
public sealed class FollowConnections(IHubContext<FollowHub> hub)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HashSet<int>>> _byUser = new();

    /// <summary>Records the groups a connection has joined (called by the hub).</summary>
    public void Joined(string userId, string connectionId, IReadOnlySet<int> structures)
    {
        var connections = _byUser.GetOrAdd(userId, _ => new ConcurrentDictionary<string, HashSet<int>>());
        connections[connectionId] = [.. structures];
    }

    /// <summary>Forgets a closed connection (called by the hub).</summary>
    public void Left(string userId, string connectionId)
    {
        if (_byUser.TryGetValue(userId, out var connections)) connections.TryRemove(connectionId, out _);
    }

    /// <summary>The user's connections stop hearing these structures.</summary>
    public async Task LeaveAsync(string userId, IEnumerable<int> structureIds, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(structureIds);
        if (!_byUser.TryGetValue(userId, out var connections)) return;
        var leaving = structureIds.ToHashSet();
        foreach (var (connectionId, joined) in connections)
        {
            foreach (int structure in leaving.Where(joined.Contains).ToList())
            {
                await hub.Groups.RemoveFromGroupAsync(connectionId, FollowHub.GroupOf(structure), cancel);
                lock (joined) joined.Remove(structure);
            }
        }
    }

    /// <summary>The user's connections stop hearing anything (account locked, no longer a mediator).</summary>
    public Task LeaveAllAsync(string userId, CancellationToken cancel = default) =>
        _byUser.TryGetValue(userId, out var connections)
            ? LeaveAsync(userId, connections.Values.SelectMany(j => j).Distinct().ToList(), cancel)
            : Task.CompletedTask;
}
