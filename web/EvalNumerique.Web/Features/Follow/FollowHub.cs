using System.Globalization;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>
/// Live follow-up of checks. The server, not the client, decides what a connection hears: on
/// connect it joins one group per structure its user belongs to (none: it hears nothing). A client
/// may narrow to one of those structures, never widen to another.
/// </summary>
[Authorize(Policy = StaffRoles.MediationPolicy)]
public sealed class FollowHub(StaffAccess access, FollowConnections connections) : Hub
{
    public const string Path = "/hubs/follow";

    /// <summary>The client method told about a check: its argument is a <see cref="CheckFollowUp"/>.</summary>
    public const string CheckChanged = "checkChanged";

    private const string WatchedKey = "watched-structures";

    public static string GroupOf(int structureId) => "structure-" + structureId.ToString(CultureInfo.InvariantCulture);

    public override async Task OnConnectedAsync()
    {
        await WatchAll();
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.UserIdentifier is { } userId) connections.Left(userId, Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Hear only this structure (the user must belong to it).</summary>
    public async Task Watch(int structureId)
    {
        var scope = await ScopeAsync();
        if (!scope.Sees(structureId))
            throw new HubException("You are not a member of this structure; you can follow only your own structures.");
        await WatchOnlyAsync(new HashSet<int> { structureId });
    }

    /// <summary>Hear every structure the user belongs to now (memberships are read again).</summary>
    public async Task WatchAll()
    {
        var scope = await ScopeAsync();
        await WatchOnlyAsync(scope.StructureIds);
    }

    private async Task<StaffScope> ScopeAsync() =>
        await access.ScopeAsync(Context.User ?? new(), Context.ConnectionAborted)
        ?? new StaffScope("", "", false, false, new HashSet<int>());

    private async Task WatchOnlyAsync(IReadOnlySet<int> structures)
    {
        var watched = Context.Items.TryGetValue(WatchedKey, out var value) && value is HashSet<int> set ? set : [];
        foreach (int left in watched.Where(id => !structures.Contains(id)).ToList())
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(left), Context.ConnectionAborted);
        foreach (int joined in structures.Where(id => !watched.Contains(id)))
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(joined), Context.ConnectionAborted);
        Context.Items[WatchedKey] = structures.ToHashSet();
        if (Context.UserIdentifier is { } userId) connections.Joined(userId, Context.ConnectionId, structures);
    }
}
