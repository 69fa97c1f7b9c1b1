using System.Reflection;
using System.Xml.Linq;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Admin;

/// <summary>Keys the admin pages build at run time (problems, actions, kinds, roles) exist in French and English.</summary>
public sealed class AdminTextTests
{
    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Resources", file))
            .Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

    public static TheoryData<string> RuntimeKeys()
    {
        var keys = new TheoryData<string>();
        foreach (var field in typeof(AdminProblems).GetFields(BindingFlags.Public | BindingFlags.Static)) keys.Add((string)field.GetRawConstantValue()!);
        foreach (string action in AuditActionLabels.All) keys.Add(AuditActionLabels.Key(action));
        foreach (var kind in Enum.GetValues<StructureKind>()) keys.Add("Kind_" + kind);
        foreach (string role in StaffRoles.All) keys.Add("Role_" + role);
        return keys;
    }

    [Theory]
    [MemberData(nameof(RuntimeKeys))]
    public void Every_key_built_at_run_time_is_in_both_languages(string key)
    {
        Assert.Contains(key, Keys("AdminText.resx"));
        Assert.Contains(key, Keys("AdminText.en.resx"));
    }

    [Fact]
    public void Every_audit_action_is_listed() =>
        Assert.Contains(AuditActions.RetentionErased, AuditActionLabels.All);
}
