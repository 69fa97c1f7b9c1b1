using System.Globalization;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>
/// Search, structure filter and sort of the people list, done in memory on the rows of the staff
/// member's structures (a structure follows hundreds of people, not millions).
/// </summary>
public static class PeopleListView
{
    /// <summary>The rows matching <paramref name="search"/> (nickname, reference or pseudonym; case and accents ignored) in <paramref name="structureId"/>, sorted.</summary>
    public static IReadOnlyList<PersonRow> Apply(IEnumerable<PersonRow> rows, string? search, int? structureId, PeopleSort sort, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string needle = search?.Trim() ?? "";
        var matching = rows.Where(r => (structureId is null || r.StructureId == structureId)
            && (needle.Length == 0 || Contains(r.Nickname, needle) || Contains(r.LocalReference, needle) || Contains(r.Pseudonym, needle)));
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        var ordered = sort switch
        {
            PeopleSort.Nickname => Order(matching, r => r.Nickname, comparer, descending),
            PeopleSort.Structure => Order(matching, r => r.StructureName, comparer, descending),
            PeopleSort.BirthDecade => Order(matching, r => r.BirthDecade, Comparer<int?>.Default, descending),
            PeopleSort.Checks => Order(matching, r => r.CheckCount, Comparer<int>.Default, descending),
            PeopleSort.LastCheck => Order(matching, r => r.LastCheckAt, Comparer<DateTimeOffset?>.Default, descending),
            _ => Order(matching, r => r.LastActivityAt, Comparer<DateTimeOffset>.Default, descending),
        };
        // Equal keys keep a stable, readable order.
        return [.. ordered.ThenBy(r => r.Nickname, comparer).ThenBy(r => r.Id)];
    }

    /// <summary>The direction a column starts with: dates and counts newest/largest first, names A to Z.</summary>
    public static bool StartsDescending(PeopleSort sort) => sort is PeopleSort.Checks or PeopleSort.LastCheck or PeopleSort.LastActivity;

    private static IOrderedEnumerable<PersonRow> Order<TKey>(IEnumerable<PersonRow> rows, Func<PersonRow, TKey> key, IComparer<TKey> comparer, bool descending) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private static bool Contains(string? text, string needle) =>
        text is not null && CultureInfo.CurrentCulture.CompareInfo.IndexOf(text, needle, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
