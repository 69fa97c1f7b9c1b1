using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Follow;

namespace EvalNumerique.Web.Tests.Follow;

/// <summary>Dashboard rows for tests that need no database.</summary>
internal static class FollowRows
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static CheckFollowUp Row(CheckStage stage = CheckStage.Questions, int structureId = 1, DateTimeOffset? updatedAt = null,
        int answered = 3, string? domain = "communicate", Guid? checkId = null, string? nickname = "Camille") =>
        new(checkId ?? Guid.NewGuid(), structureId, nickname is null ? null : Guid.NewGuid(), nickname, stage, answered,
            domain, domain is null ? null : "Communiquer", domain is null ? null : "Communicate",
            Noon.AddMinutes(-30), updatedAt ?? Noon, stage == CheckStage.Finished ? updatedAt ?? Noon : null);
}
