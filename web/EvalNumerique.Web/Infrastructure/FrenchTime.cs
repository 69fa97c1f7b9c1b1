namespace EvalNumerique.Web.Infrastructure;

/// <summary>
/// Metropolitan French time (Europe/Paris), whatever the server's zone: dates are stored in UTC,
/// and people read the hour of their wall clock and the opening hours of their town.
/// </summary>
public static class FrenchTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();


    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>
    /// The time zone of a place from its postal code: overseas departments and collectivities keep
    /// their own clocks (971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 975
    /// Saint-Pierre-et-Miquelon, 976 Mayotte, 977/978 Saint-Barthélemy and Saint-Martin, 986
    /// Wallis-et-Futuna, 987 Polynésie, 988 Nouvelle-Calédonie); everything else is Europe/Paris.
    /// </summary>
    public static TimeZoneInfo ZoneFor(string? postalCode) => postalCode is { Length: >= 3 } code && Overseas.TryGetValue(code[..3], out var zone) ? zone : Zone;

    private static readonly Dictionary<string, TimeZoneInfo> Overseas = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["971"] = "America/Guadeloupe",
        ["972"] = "America/Martinique",
        ["973"] = "America/Cayenne",
        ["974"] = "Indian/Reunion",
        ["975"] = "America/Miquelon",
        ["976"] = "Indian/Mayotte",
        ["977"] = "America/St_Barthelemy",
        ["978"] = "America/Marigot",
        ["986"] = "Pacific/Wallis",
        ["987"] = "Pacific/Tahiti",
        ["988"] = "Pacific/Noumea",
    }.ToDictionary(p => p.Key, p => FindZone(p.Value), StringComparer.Ordinal);

    private static TimeZoneInfo FindZone(string id = "Europe/Paris")
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a machine without time zone data still shows consistent dates
        }
    }
}
