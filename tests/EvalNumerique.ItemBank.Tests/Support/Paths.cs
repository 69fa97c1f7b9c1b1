namespace EvalNumerique.ItemBank.Tests.Support;

/// <summary>The item files of Fixtures/ValidBank, one per type.</summary>
internal static class Paths
{
    public const string SingleChoice = "items/safety/scams/safety-scams-001.md";
    public const string MultipleChoice = "items/safety/scams/safety-scams-002.md";
    public const string YesNo = "items/safety/scams/safety-scams-003.md";
    public const string Ordering = "items/safety/scams/safety-scams-004.md";
    public const string Hotspot = "items/device/touch/device-touch-001.md";
    public const string TextEntry = "items/device/touch/device-touch-002.md";
    public const string SimulationTap = "items/device/touch/device-touch-003.md";
    public const string SimulationSequence = "items/device/touch/device-touch-004.md";
    public const string SimulationFields = "items/device/touch/device-touch-005.md";
}
