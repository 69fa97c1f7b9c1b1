using System.Globalization;
using System.Text.Json;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Mediation.History;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>
/// Reads results for the professional: one check in detail, a person's history, the printable
/// summary. Every query is limited to the structures of the staff member's scope, admins included;
/// anything else answers null, exactly as a record that does not exist (no leak of existence).
/// </summary>
public sealed class ResultsService(IDbContextFactory<EvalDbContext> dbFactory, ItemBankProvider bank, CheckService checkService, AuditLog audit, TimeProvider clock)
{
    /// <summary>The result of a check of the scope's structures, provisional while unfinished; audited as viewed.</summary>
    public async Task<CheckReport?> CheckReportAsync(StaffScope scope, Guid checkId, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        string lang = Language(language);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await db.ReadableChecks(scope)
            .AsNoTracking()
            .Include(c => c.Answers)
            .Include(c => c.Beneficiary)
            .Include(c => c.Structure)
            .FirstOrDefaultAsync(c => c.Id == checkId, cancel);
        if (check is null) return null;

        var result = checkService.ResultOf(check, lang);
        var report = new CheckReport(
            check.Id,
            check.Structure?.Name ?? "",
            check.Structure?.IsDemo ?? false,
            check.BeneficiaryId,
            check.Beneficiary?.Nickname,
            check.CreatedAt,
            check.FinishedAt,
            check.Stage,
            check.ConsentRefused,
            new MeasuredTheta(result.Theta, result.Se),
            [.. result.Domains.Select(d => new DomainMeasure(d.DomainId, d.Name, new MeasuredTheta(d.Theta, d.Se), d.Questions, d.Right))],
            [.. check.Answers.OrderBy(a => a.Sequence).Select(a => Asked(a, lang))],
            result.Needs,
            result.Equipment,
            result.Pathway);
        await audit.RecordAsync(scope, AuditActions.ViewedResult, "check", check.Id.ToString(), check.StructureId, cancel: cancel);
        return report;
    }

    /// <summary>The finished checks of a person of the scope's structures, with each domain across them; null when the person is not visible.</summary>
    public async Task<PersonHistoryData?> HistoryAsync(StaffScope scope, Guid beneficiaryId, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        string lang = Language(language);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        if (!await db.VisiblePeople(scope).AnyAsync(b => b.Id == beneficiaryId, cancel)) return null;
        var checks = await FinishedChecksOf(db, scope, beneficiaryId, cancel);

        var results = checks.Select(c => (Check: c, Result: checkService.ResultOf(c, lang))).ToList();
        var history = results
            .Select(r => new HistoryCheck(r.Check.Id, r.Check.FinishedAt!.Value, new MeasuredTheta(r.Result.Theta, r.Result.Se), r.Check.Answers.Count))
            .ToList();
        var domains = bank.Framework.Domains.Select(domain => new DomainHistory(
            domain.Id,
            domain.Name.For(lang),
            [.. results.Select(r => r.Result.Domains.FirstOrDefault(d => d.DomainId == domain.Id) is { Questions: > 0 } d
                ? new MeasuredTheta(d.Theta, d.Se)
                : (MeasuredTheta?)null)]))
            .ToList();
        return new PersonHistoryData(beneficiaryId, history, domains);
    }

    /// <summary>The printable summary of a person of the scope's structures (their last finished check); audited as printed. Null when the person is not visible.</summary>
    public async Task<PersonSummary?> SummaryAsync(StaffScope scope, Guid beneficiaryId, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        string lang = Language(language);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.VisiblePeople(scope).AsNoTracking().Include(b => b.Structure)
            .FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancel);
        if (person is null) return null;
        var last = (await FinishedChecksOf(db, scope, beneficiaryId, cancel)).LastOrDefault();
        var result = last is null ? null : checkService.ResultOf(last, lang);
        var structure = person.Structure;
        await audit.RecordAsync(scope, AuditActions.PrintedSummary, "beneficiary", person.Id.ToString(), person.StructureId,
            last is null ? null : $"check {last.Id}", cancel);
        return new PersonSummary(person.Id, person.Nickname, structure?.IsDemo ?? false, structure?.Name ?? "", structure?.Address,
            structure?.PostalCode, structure?.Commune, clock.GetUtcNow(), result);
    }

    /// <summary>Oldest first. Sorted here: few checks per person, and the dates compare exactly in memory.</summary>
    private static async Task<List<Data.Check>> FinishedChecksOf(EvalDbContext db, StaffScope scope, Guid beneficiaryId, CancellationToken cancel)
    {
        var checks = await db.ReadableChecks(scope).AsNoTracking().Include(c => c.Answers)
            .Where(c => c.BeneficiaryId == beneficiaryId && c.Stage == CheckStage.Finished && c.FinishedAt != null)
            .ToListAsync(cancel);
        return [.. checks.OrderBy(c => c.FinishedAt)];
    }

    private AskedItem Asked(CheckAnswer answer, string lang)
    {
        var item = bank.Find(answer.ItemId);
        double? seconds = answer.ElapsedMilliseconds is int ms ? ms / 1000.0 : null;
        if (item is null)
            return new AskedItem(answer.Sequence, answer.ItemId, null, null, "", "", null, answer.Score == 1, answer.DontKnow, seconds, null, null);
        string text;
        bool? saidYes = null;
        try
        {
            var response = JsonSerializer.Deserialize<Response>(answer.Response, CheckService.Json) ?? Response.DontKnow;
            text = AnswerText.Describe(item, response, lang);
            saidYes = AnswerText.SaidYes(item, response);
        }
        catch (JsonException)
        {
            text = answer.Response; // stored as given: show it raw rather than nothing
        }
        return new AskedItem(answer.Sequence, item.Id, bank.Framework.FindCompetence(item.Competence)?.Name.For(lang) ?? item.Competence,
            item.Type, StemText.FirstLine(item.Stem), text, saidYes, answer.Score == 1, answer.DontKnow, seconds, item.Irt.A, item.Irt.B);
    }

    private static string Language(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";

    /// <summary>The language of the current UI culture, as the services expect it.</summary>
    public static string CurrentLanguage => UiLanguage.Current;
}
