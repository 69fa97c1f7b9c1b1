using EvalNumerique.Web.Features.Check;
using Microsoft.AspNetCore.SignalR;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>Sends each change of a check to the members of its structure, through the follow-up hub.</summary>
public sealed class FollowUpBroadcaster(IHubContext<FollowHub> hub, CheckFollowUpFactory rows) : ICheckProgressListener
{
    public async Task OnProgressAsync(CheckProgress progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (await rows.FromProgressAsync(progress, cancel) is not { } row) return;
        await hub.Clients.Group(FollowHub.GroupOf(row.StructureId)).SendAsync(FollowHub.CheckChanged, row, cancel);
    }
}
