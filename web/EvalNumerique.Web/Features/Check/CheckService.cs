using System.Security.Cryptography;
using System.Text.Json;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// The beneficiary's check, shared by the pages and the HTTP API. Every call is a short unit of
/// work on the database: an answer and the engine state after it are written in one save before
/// the next question is returned, so nothing is lost to a closed tab or a restart; the check's
/// version is a concurrency token, so two tabs cannot both answer the same question.
/// </summary>
public sealed class CheckService(IDbContextFactory<EvalDbContext> dbFactory, ItemBankProvider bank, TimeProvider clock,
    IEnumerable<ICheckProgressListener>? listeners = null, ILogger<CheckService>? log = null)
{
    private readonly ICheckProgressListener[] _listeners = listeners?.ToArray() ?? [];

    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L: easy to read out and type

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// SQLite takes one writer at a time. Check writes queue here (asynchronously, in order) rather
    /// than colliding in SQLite, where a writer that finds the file locked is retried after a sleep
    /// that blocks a thread: under many concurrent answers that made the slow tail of the answer time.
    /// </summary>
    private static readonly SemaphoreSlim Writes = new(1, 1);

    /// <summary>Starts a check at the how-to stage.</summary>
    public async Task<CheckState> StartAsync(string language = "fr", int? structureId = null, bool kiosk = false, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var now = clock.GetUtcNow();
        var check = new Data.Check
        {
            Id = Guid.NewGuid(),
            ResumeCode = await NewCodeAsync(db, cancel),
            ParametersRunId = bank.RunInForce,
            StructureId = structureId,
            IsKiosk = kiosk,
            Stage = CheckStage.Practice,
            Language = language == "en" ? "en" : "fr",
            Seed = RandomNumberGenerator.GetInt32(int.MaxValue),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Checks.Add(check);
        await SaveAsync(db, cancel);
        await PublishAsync(check, cancel);
        return View(check);
    }

    /// <summary>
    /// A mediator invites a person to a check: the check is tied to the person's record and their
    /// structure, and starts with the consent question if the person has not yet agreed that their
    /// answers are kept. The short code is for typing; the long token is for the link and QR code.
    /// </summary>
    public async Task<Invitation> InviteAsync(Guid beneficiaryId, string invitedById, string language = "fr", CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancel)
            ?? throw new CheckProblemException(CheckProblemKind.NotFound, "This person's record does not exist (any more).");
        var now = clock.GetUtcNow();
        var check = new Data.Check
        {
            Id = Guid.NewGuid(),
            ResumeCode = await NewCodeAsync(db, cancel),
            ParametersRunId = bank.RunInForce,
            InvitationToken = NewToken(),
            StructureId = person.StructureId,
            BeneficiaryId = person.Id,
            InvitedById = invitedById,
            Stage = person.ConsentAt is null ? CheckStage.Consent : CheckStage.Practice,
            Language = language == "en" ? "en" : "fr",
            Seed = RandomNumberGenerator.GetInt32(int.MaxValue),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Checks.Add(check);
        person.LastActivityAt = now;
        await SaveAsync(db, cancel);
        await PublishAsync(check, cancel);
        return new Invitation(check.Id, check.ResumeCode, check.InvitationToken);
    }

    /// <summary>128 random bits, URL-safe: an invitation link cannot be guessed, unlike a 6-letter code.</summary>
    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The check with this resume code (any case, spaces ignored), or null.</summary>
    public async Task<CheckState?> FindAsync(string code, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await FindEntityAsync(db, code, cancel);
        if (check is null) return null;
        if (check.Stage == CheckStage.Questions && (check.CurrentItemId is null || bank.Adaptive.Pool.IndexOf(check.CurrentItemId) < 0))
            return await RepairAsync(code, cancel);
        return View(check);
    }

    /// <summary>The bank changed since the last answer and the question on screen is gone: choose the next one from the answers kept.</summary>
    private Task<CheckState> RepairAsync(string code, CancellationToken cancel) =>
        UpdateAsync(code, check => Advance(check, Session(check)), cancel, includeAnswers: true);

    /// <summary>
    /// The invited person's answer to "may we keep your answers in your record?". Yes: the consent
    /// is dated on the record. No: the check goes on, detached from the record (the structure sees
    /// only that consent was refused). Either way the how-to comes next; asked once.
    /// </summary>
    public async Task<CheckState> ConsentAsync(string code, bool agree, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var found = await FindEntityAsync(db, code, cancel) ?? throw NotFound(code);
        var person = found.BeneficiaryId is Guid id ? await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == id, cancel) : null;
        return await UpdateAsync(code, check =>
        {
            if (check.Stage != CheckStage.Consent) return; // already answered (another tab): nothing to change
            var now = clock.GetUtcNow();
            if (agree && person is not null)
            {
                person.ConsentAt = now;
                person.ConsentVersion = ConsentText.Version;
                person.LastActivityAt = now;
            }
            else if (!agree)
            {
                check.BeneficiaryId = null;
                check.ConsentRefused = true;
            }
            check.Stage = CheckStage.Practice;
        }, cancel, db: db);
    }

    /// <summary>The name of the structure that will keep the answers, for the consent question.</summary>
    public async Task<string?> StructureNameAsync(string code, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        string normalised = NormaliseCode(code);
        return await db.Checks.Where(c => c.ResumeCode == normalised).Select(c => c.Structure == null ? null : c.Structure.Name).FirstOrDefaultAsync(cancel);
    }

    /// <summary>The resume code of the check this invitation link opens, or null.</summary>
    public async Task<string?> CodeOfInvitationAsync(string token, CancellationToken cancel = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Checks.Where(c => c.InvitationToken == token).Select(c => c.ResumeCode).FirstOrDefaultAsync(cancel);
    }

    /// <summary>The person finished the how-to: on to the needs questions.</summary>
    public Task<CheckState> FinishPracticeAsync(string code, CancellationToken cancel = default) =>
        UpdateAsync(code, check =>
        {
            if (check.Stage == CheckStage.Practice) check.Stage = CheckStage.Needs;
        }, cancel);

    /// <summary>Records what the person wants to do and their equipment, then shows the first question.</summary>
    public Task<CheckState> SaveNeedsAsync(string code, IReadOnlyCollection<string> needs, IReadOnlyDictionary<string, string> equipment, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(equipment);
        var unknown = needs.Where(n => !Needs.IsKnown(n)).Concat(equipment.Keys.Where(k => !Needs.EquipmentQuestions.Contains(k))).ToList();
        if (unknown.Count > 0)
            throw new CheckProblemException(CheckProblemKind.Invalid, $"Unknown need or equipment question: {string.Join(", ", unknown)}.");
        if (equipment.Values.Any(v => v is not ("yes" or "no" or "unknown")))
            throw new CheckProblemException(CheckProblemKind.Invalid, "Equipment answers are yes, no or unknown.");
        return UpdateAsync(code, check =>
        {
            if (check.Stage is CheckStage.Finished or CheckStage.Questions)
                throw new CheckProblemException(CheckProblemKind.Conflict, "The needs are asked before the questions; this check is past them.");
            RefuseBeforeConsent(check);
            check.Needs = string.Join(',', needs.Distinct());
            check.Equipment = JsonSerializer.Serialize(equipment, Json);
            EnterQuestions(check);
        }, cancel);
    }

    /// <summary>Goes straight to the questions (a kiosk or API client may skip the how-to and needs); idempotent.</summary>
    public Task<CheckState> BeginQuestionsAsync(string code, CancellationToken cancel = default) =>
        UpdateAsync(code, check =>
        {
            RefuseBeforeConsent(check);
            if (check.Stage is CheckStage.Practice or CheckStage.Needs) EnterQuestions(check);
        }, cancel);

    /// <summary>
    /// Records the answer to the question on screen, then chooses the next one. Refuses (409) an
    /// answer to any other item — a replayed request or a second tab — and (422) a malformed one.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(string code, string itemId, Response response, int? elapsedMilliseconds = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        bool correct = false;
        bool repaired = false;
        string feedback = "";
        var state = await UpdateAsync(code, check =>
        {
            if (check.Stage == CheckStage.Finished)
                throw new CheckProblemException(CheckProblemKind.Conflict, "This check is finished; no more answers are taken.");
            RefuseBeforeConsent(check);
            if (check.Stage != CheckStage.Questions) EnterQuestions(check); // the API may skip the how-to
            if (check.CurrentItemId != itemId)
                throw new CheckProblemException(CheckProblemKind.Conflict,
                    $"Item '{itemId}' is not the question on screen (it is '{check.CurrentItemId}'); it may have been answered already. Ask for the current item.");
            var item = bank.Find(itemId);
            if (item is null || bank.Adaptive.Pool.IndexOf(itemId) < 0)
            {
                // The bank changed under the check (item withdrawn): move on to a question that exists.
                Advance(check, Session(check));
                repaired = true;
                return;
            }
            if (ResponseCheck.Problem(item, response) is { } problem)
                throw new CheckProblemException(CheckProblemKind.Invalid, problem);
            correct = !response.IsDontKnow && ResponseScorer.Score(item, response);
            feedback = item.Feedback;

            var session = Session(check);
            session.Answer(itemId, correct ? 1 : 0);
            check.Answers.Add(new CheckAnswer
            {
                CheckId = check.Id,
                Sequence = check.Answers.Count + 1,
                ItemId = itemId,
                ItemVersion = item.Version,
                Score = correct ? 1 : 0,
                DontKnow = response.IsDontKnow,
                Response = JsonSerializer.Serialize(response, Json),
                AnsweredAt = clock.GetUtcNow(),
                ElapsedMilliseconds = elapsedMilliseconds,
            });
            Advance(check, session);
        }, cancel, includeAnswers: true);
        if (repaired)
            throw new CheckProblemException(CheckProblemKind.Conflict, "That question is no longer in the bank; the check has moved on to another one. Ask for the current item.");
        return new AnswerOutcome(correct, feedback, state);
    }

    /// <summary>The result of a finished check.</summary>
    /// <param name="code">The resume code.</param>
    /// <param name="language">"fr" or "en": the language of the page asking (defaults to the check's).</param>
    /// <param name="cancel">Cancellation.</param>
    public async Task<CheckResult> ResultAsync(string code, string? language = null, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await FindEntityAsync(db, code, cancel, includeAnswers: true)
            ?? throw NotFound(code);
        if (check.Stage != CheckStage.Finished)
            throw new CheckProblemException(CheckProblemKind.Conflict, "The check is not finished yet; answer the current question first.");
        return CheckResults.Build(check, Session(check), bank, language ?? check.Language);
    }

    /// <summary>
    /// The result of a check loaded by the caller with its answers (professional pages, exports):
    /// the engine session resumed exactly as for the person's own result page.
    /// </summary>
    public CheckResult ResultOf(Data.Check check, string language)
    {
        ArgumentNullException.ThrowIfNull(check);
        return CheckResults.Build(check, Session(check), bank, language);
    }

    /// <summary>The live engine session of a check: resumed from its stored state, or rebuilt from its answers if the bank changed.</summary>
    private CatSession Session(Data.Check check)
    {
        var adaptive = bank.AdaptiveFor(check.ParametersRunId, runId =>
        {
            using var db = dbFactory.CreateDbContext();
            return ParameterSets.Load(db, runId);
        });
        if (!string.IsNullOrEmpty(check.SessionState))
        {
            try
            {
                return CatSession.Resume(adaptive.Pool, CatSessionState.FromJson(check.SessionState));
            }
            catch (ArgumentException)
            {
                // The bank changed since the last answer: replay the stored answers on the new bank.
            }
        }
        var session = new CatSession(adaptive.Pool, CheckSettings.For(adaptive.Pool.Domains, adaptive.EnemyGroups), (ulong)check.Seed);
        foreach (var answer in check.Answers.OrderBy(a => a.Sequence))
            if (adaptive.Pool.IndexOf(answer.ItemId) >= 0 && !session.IsFinished) session.Answer(answer.ItemId, answer.Score);
        return session;
    }

    /// <summary>An invited check cannot skip the consent question, through the pages or the API.</summary>
    private static void RefuseBeforeConsent(Data.Check check)
    {
        if (check.Stage == CheckStage.Consent)
            throw new CheckProblemException(CheckProblemKind.Conflict, "The person has not yet said whether their answers may be kept: answer the consent question first (POST …/consent).");
    }

    private void EnterQuestions(Data.Check check)
    {
        check.Stage = CheckStage.Questions;
        if (check.CurrentItemId is null) Advance(check, Session(check));
    }

    private void Advance(Data.Check check, CatSession session)
    {
        int next = session.NextItem();
        check.CurrentItemId = next >= 0 ? bank.Adaptive.Pool.Ids[next] : null;
        check.SessionState = session.State().ToJson();
        if (next < 0)
        {
            check.Stage = CheckStage.Finished;
            check.FinishedAt = clock.GetUtcNow();
        }
    }

    private async Task<CheckState> UpdateAsync(string code, Action<Data.Check> change, CancellationToken cancel, bool includeAnswers = false, EvalDbContext? db = null)
    {
        await using var owned = db is null ? await dbFactory.CreateDbContextAsync(cancel) : null;
        db ??= owned!;
        var check = await FindEntityAsync(db, code, cancel, includeAnswers) ?? throw NotFound(code);
        bool wasFinished = check.Stage == CheckStage.Finished;
        change(check);
        check.Version++;
        check.UpdatedAt = clock.GetUtcNow();
        if (!wasFinished && check.Stage == CheckStage.Finished && check.BeneficiaryId is Guid personId)
        {
            // A finished check is activity on the person's record: the retention period starts again.
            var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == personId, cancel);
            if (person is not null) person.LastActivityAt = check.UpdatedAt;
        }
        try
        {
            await SaveAsync(db, cancel);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException
            || (e is DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } })) // 19: constraint (unique answer)
        {
            throw new CheckProblemException(CheckProblemKind.Conflict, "The check was moved on at the same time (another tab?). Ask for the current item and try again.");
        }
        await PublishAsync(check, cancel);
        return View(check);
    }

    /// <summary>One save, behind the other check writes of this process (see <see cref="Writes"/>).</summary>
    private static async Task SaveAsync(EvalDbContext db, CancellationToken cancel)
    {
        await Writes.WaitAsync(cancel);
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        finally
        {
            Writes.Release();
        }
    }

    /// <summary>Tells the listeners (live follow-up) where the check stands; the answer is saved whatever they do.</summary>
    private async Task PublishAsync(Data.Check check, CancellationToken cancel)
    {
        if (_listeners.Length == 0) return;
        var progress = Progress(check);
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnProgressAsync(progress, cancel);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log?.LogWarning(e, "Live follow-up not told about check {CheckId}.", check.Id);
            }
        }
    }

    /// <summary>The follow-up view of a check: stage, questions answered, domain of the question on screen.</summary>
    public CheckProgress Progress(Data.Check check)
    {
        ArgumentNullException.ThrowIfNull(check);
        string? domain = null;
        if (check.CurrentItemId is not null && bank.Adaptive.Pool.IndexOf(check.CurrentItemId) is var index and >= 0)
            domain = bank.Adaptive.Pool.Domains[bank.Adaptive.Pool.DomainOf(index)];
        int answered = string.IsNullOrEmpty(check.SessionState) ? 0 : CatSessionState.FromJson(check.SessionState).Responses.Count;
        return new CheckProgress(check.Id, check.StructureId, check.BeneficiaryId, check.Stage, answered, domain, check.UpdatedAt, check.FinishedAt);
    }

    private static async Task<Data.Check?> FindEntityAsync(EvalDbContext db, string code, CancellationToken cancel, bool includeAnswers = false)
    {
        string normalised = NormaliseCode(code);
        if (normalised.Length == 0) return null;
        IQueryable<Data.Check> query = db.Checks;
        if (includeAnswers) query = query.Include(c => c.Answers);
        return await query.FirstOrDefaultAsync(c => c.ResumeCode == normalised, cancel);
    }

    /// <summary>Upper case, without spaces or dashes: "abc 234" and "ABC-234" are the same code.</summary>
    public static string NormaliseCode(string? code) =>
        new((code ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static async Task<string> NewCodeAsync(EvalDbContext db, CancellationToken cancel)
    {
        while (true)
        {
            string code = new([.. Enumerable.Range(0, 6).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)])]);
            if (!await db.Checks.AnyAsync(c => c.ResumeCode == code, cancel)) return code;
        }
    }

    private CheckState View(Data.Check check) => new(
        check.Id,
        check.ResumeCode,
        check.Stage,
        check.CurrentItemId is null ? null : bank.Find(check.CurrentItemId),
        string.IsNullOrEmpty(check.SessionState) ? 0 : CatSessionState.FromJson(check.SessionState).Responses.Count,
        check.Needs.Split(',', StringSplitOptions.RemoveEmptyEntries));

    private static CheckProblemException NotFound(string code) =>
        new(CheckProblemKind.NotFound, $"No check has the code '{code}'. Check the code on the paper, or start a new check.");
}
