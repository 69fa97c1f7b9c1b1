using System.Collections;
using System.Globalization;
using System.Reflection;

namespace EvalNumerique.ItemBank.Items;

/// <summary>
/// Compares two items field by field, lists included (records compare lists by reference, which is never what an
/// author means by "the same item"). <see cref="Item.SourcePath"/> is ignored: the same item may live elsewhere.
/// </summary>
public static class ItemDifferences
{
    /// <summary>The paths of the fields that differ (e.g. <c>Irt.B</c>, <c>Content.Choices[1].Text</c>); empty when the items are the same.</summary>
    public static IReadOnlyList<string> Between(Item left, Item right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var differences = new List<string>();
        Compare(left with { SourcePath = string.Empty }, right with { SourcePath = string.Empty }, string.Empty, differences);
        return differences;
    }

    /// <summary>Whether the two items are the same apart from where their files are.</summary>
    public static bool AreSame(Item left, Item right) => Between(left, right).Count == 0;

    private static void Compare(object? left, object? right, string path, List<string> differences)
    {
        if (left is null || right is null)
        {
            if (left is not null || right is not null)
            {
                differences.Add(Name(path));
            }

            return;
        }

        var bothLists = left is IEnumerable and not string && right is IEnumerable and not string;
        if (left.GetType() != right.GetType() && !bothLists)
        {
            differences.Add(Name(path));
            return;
        }

        switch (left)
        {
            case string or double or int or bool or Enum:
                if (!left.Equals(right))
                {
                    differences.Add(Name(path));
                }

                return;
            case IDictionary leftMap when right is IDictionary rightMap:
                var keys = leftMap.Keys.Cast<object>().Union(rightMap.Keys.Cast<object>());
                foreach (var key in keys)
                {
                    Compare(leftMap.Contains(key) ? leftMap[key] : null, rightMap.Contains(key) ? rightMap[key] : null,
                        $"{path}[{key}]", differences);
                }

                return;
            case IEnumerable leftList when right is IEnumerable rightList:
                var l = leftList.Cast<object?>().ToList();
                var r = rightList.Cast<object?>().ToList();
                if (l.Count != r.Count)
                {
                    differences.Add(Name(path) + ".Count");
                    return;
                }

                for (var i = 0; i < l.Count; i++)
                {
                    Compare(l[i], r[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), differences);
                }

                return;
            default:
                foreach (var property in left.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0)
                    {
                        Compare(property.GetValue(left), property.GetValue(right), path.Length == 0 ? property.Name : $"{path}.{property.Name}", differences);
                    }
                }

                return;
        }
    }

    private static string Name(string path) => path.Length == 0 ? "(item)" : path;
}
