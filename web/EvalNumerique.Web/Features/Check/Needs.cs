namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// What a person may want to be able to do, shown as pictograms, and the competences each need
/// makes most useful (used to order the pathway).
/// </summary>
public static class Needs
{
    public sealed record Need(string Id, string Icon, IReadOnlyList<string> Competences);

    public static IReadOnlyList<Need> All { get; } =
    [
        new("caf", "🏠", ["procedures.accounts", "procedures.forms", "procedures.documents"]),
        new("health", "🩺", ["procedures.appointments", "procedures.documents", "safety.scams"]),
        new("job", "💼", ["communication.email", "procedures.forms", "procedures.documents"]),
        new("family", "👪", ["communication.video-call", "communication.messaging", "device.apps-files"]),
        new("taxes", "🧾", ["procedures.accounts", "procedures.forms", "information.evaluate"]),
        new("housing", "🔑", ["procedures.forms", "procedures.documents", "communication.email"]),
        new("safety", "🛡️", ["safety.scams", "safety.passwords", "safety.personal-data"]),
        new("everyday", "📱", ["device.touch", "device.connectivity", "information.search"]),
    ];

    /// <summary>The equipment and access questions (yes / no / I don't know).</summary>
    public static IReadOnlyList<string> EquipmentQuestions { get; } = ["smartphone", "computer", "internet", "email"];

    public static bool IsKnown(string id) => All.Any(n => n.Id == id);

    /// <summary>No smartphone, no computer or no internet at home (an unknown answer is not a "no").</summary>
    public static bool EquipmentMissing(IReadOnlyDictionary<string, string> equipment)
    {
        ArgumentNullException.ThrowIfNull(equipment);
        return equipment.Any(e => e.Value == "no" && e.Key is "smartphone" or "computer" or "internet");
    }
}
