using System.Text.Json;

namespace EvalNumerique.Cli.Commands;

/// <summary>Helpers the commands share when they write their JSON answer.</summary>
internal static class JsonWriting
{
    /// <summary>A number, or JSON null when there is none (an SE that could not be computed, an open band).</summary>
    public static void WriteNullable(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number) writer.WriteNumber(name, number);
        else writer.WriteNull(name);
    }
}
