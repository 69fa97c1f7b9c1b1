using System.Text.Json;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Follow;
using static EvalNumerique.Web.Tests.Follow.FollowRows;

namespace EvalNumerique.Web.Tests.Follow;

public sealed class CheckFollowUpJsonTests
{
    [Fact]
    public void The_hubs_json_names_the_stage_and_comes_back_whole_through_the_pages_interop()
    {
        var row = Row(CheckStage.Questions, answered: 4);
        // Both the hub's JSON protocol and Blazor's JS interop use the web defaults (camelCase).
        string json = JsonSerializer.Serialize(row, JsonSerializerOptions.Web);

        Assert.Contains("\"stage\":\"Questions\"", json, StringComparison.Ordinal);
        Assert.Contains("\"domainNameEn\":\"Communicate\"", json, StringComparison.Ordinal);
        Assert.Equal(row, JsonSerializer.Deserialize<CheckFollowUp>(json, JsonSerializerOptions.Web));
    }
}
