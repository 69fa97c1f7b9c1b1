using System.Text.Json;
using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>Turns a run's outcome into the rows the review screen reads.</summary>
public static class CalibrationRecords
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Fill(CalibrationRun run, CalibrationOutcome outcome, ItemPool before)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(before);
        var result = outcome.Result;
        run.Persons = outcome.Persons;
        run.Answers = outcome.Answers;
        run.Calibrated = result.Items.Count(i => !i.IsAnchor);
        run.Anchors = result.Items.Count(i => i.IsAnchor);
        run.Converged = result.Converged;
        run.Cycles = result.Cycles;
        run.LogLikelihood = result.LogLikelihood;
        run.LatentMean = result.Latent.Mean;
        run.LatentSd = result.Latent.Sd;
        run.Warnings = JsonSerializer.Serialize(result.Warnings, Json);
        var quality = outcome.Quality.Items.ToDictionary(q => q.Id, StringComparer.Ordinal);
        for (int i = 0; i < result.Items.Count; i++)
        {
            var item = result.Items[i];
            var old = before[i];
            var q = quality.GetValueOrDefault(item.Id);
            run.Items.Add(new CalibrationItemResult
            {
                ItemId = item.Id,
                IsAnchor = item.IsAnchor,
                OldA = old.A,
                OldB = old.B,
                OldC = old.C,
                NewA = item.Parameters.A,
                NewB = item.Parameters.B,
                NewC = item.Parameters.C,
                SeA = Finite(item.SeA),
                SeB = Finite(item.SeB),
                SeC = Finite(item.SeC),
                Answers = item.Answers,
                Correct = item.Correct,
                PointBiserial = Finite(q?.Classical.PointBiserial),
                Infit = Finite(q?.Fit.Infit),
                Outfit = Finite(q?.Fit.Outfit),
                Exposure = q?.ExposureRate ?? 0,
                Dif = JsonSerializer.Serialize(q?.Dif.Select(DifRow.Of) ?? [], Json),
                Flags = JsonSerializer.Serialize(q?.Flags.Select(f => new FlagRow(f.Kind.ToString(), f.Reason)) ?? [], Json),
                Warnings = JsonSerializer.Serialize(item.Warnings, Json),
            });
        }
    }

    public static IReadOnlyList<DifRow> DifOf(CalibrationItemResult item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Deserialize<List<DifRow>>(item.Dif, Json) ?? [];
    }

    public static IReadOnlyList<FlagRow> FlagsOf(CalibrationItemResult item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Deserialize<List<FlagRow>>(item.Flags, Json) ?? [];
    }

    public static PriorsSummary PriorsOf(CalibrationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return JsonSerializer.Deserialize<PriorsSummary>(run.Priors, Json) ?? PriorsSummary.None;
    }

    public static IReadOnlyList<string> WarningsOf(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <summary>DIF of one item for one grouping, as stored.</summary>
public sealed record DifRow(string Grouping, string? Class, double? Delta, string? Favours, int Reference, int Focal)
{
    public static DifRow Of(ItemDif dif)
    {
        ArgumentNullException.ThrowIfNull(dif);
        return new DifRow(dif.Grouping, dif.Class?.ToString(), dif.Statistics?.Delta, dif.Favours?.ToString(), dif.ReferenceAnswers, dif.FocalAnswers);
    }
}

/// <summary>A review flag, as stored.</summary>
public sealed record FlagRow(string Kind, string Reason);
