namespace EvalNumerique.ItemBank.Items;

/// <summary>The spelling of enum values in item files (<c>single-choice</c>, <c>list-item</c>, <c>live</c>…).</summary>
public static class ItemTypeNames
{
    private static readonly Dictionary<string, ItemType> Types = new(StringComparer.Ordinal)
    {
        ["single-choice"] = ItemType.SingleChoice,
        ["multiple-choice"] = ItemType.MultipleChoice,
        ["yes-no"] = ItemType.YesNo,
        ["ordering"] = ItemType.Ordering,
        ["hotspot"] = ItemType.Hotspot,
        ["text-entry"] = ItemType.TextEntry,
        ["simulation"] = ItemType.Simulation,
    };

    private static readonly Dictionary<string, ElementRole> Roles = new(StringComparer.Ordinal)
    {
        ["header"] = ElementRole.Header,
        ["text"] = ElementRole.Text,
        ["message"] = ElementRole.Message,
        ["list-item"] = ElementRole.ListItem,
        ["link"] = ElementRole.Link,
        ["button"] = ElementRole.Button,
        ["toggle"] = ElementRole.Toggle,
        ["input"] = ElementRole.Input,
        ["select"] = ElementRole.Select,
        ["checkbox"] = ElementRole.Checkbox,
        ["image"] = ElementRole.Image,
    };

    /// <summary>The type names as written in files.</summary>
    public static IReadOnlyCollection<string> TypeNames => Types.Keys;

    /// <summary>The role names as written in files.</summary>
    public static IReadOnlyCollection<string> RoleNames => Roles.Keys;

    /// <summary>The status names as written in files.</summary>
    public static IReadOnlyList<string> StatusNames { get; } = ["draft", "pilot", "live", "retired"];

    /// <summary>The normalisation rule names as written in files.</summary>
    public static IReadOnlyList<string> NormaliseNames { get; } = ["trim", "case", "accents", "spaces"];

    /// <summary>Parses a type name such as <c>single-choice</c>.</summary>
    public static bool TryParseType(string name, out ItemType type) => Types.TryGetValue(name, out type);

    /// <summary>Parses a role name such as <c>list-item</c>.</summary>
    public static bool TryParseRole(string name, out ElementRole role) => Roles.TryGetValue(name, out role);

    /// <summary>Parses a status name such as <c>live</c>.</summary>
    public static bool TryParseStatus(string name, out ItemStatus status)
    {
        var index = IndexOf(StatusNames, name);
        status = (ItemStatus)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a normalisation rule name such as <c>accents</c>.</summary>
    public static bool TryParseNormalise(string name, out NormaliseRule rule)
    {
        var index = IndexOf(NormaliseNames, name);
        rule = (NormaliseRule)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The file spelling of a type.</summary>
    public static string Name(ItemType type) => Types.First(p => p.Value == type).Key;

    /// <summary>The file spelling of a role.</summary>
    public static string Name(ElementRole role) => Roles.First(p => p.Value == role).Key;

    /// <summary>The file spelling of a status.</summary>
    public static string Name(ItemStatus status) => StatusNames[(int)status];

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
