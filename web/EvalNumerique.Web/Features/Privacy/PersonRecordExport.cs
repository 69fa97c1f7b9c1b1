using System.Text.Json;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>Everything the app holds about one person (GDPR right of access, article 15), as written to the JSON file.</summary>
public sealed record PersonRecordExport(
    DateTimeOffset ExportedAt,
    string Pseudonym,
    PersonRecord Record,
    PersonConsent Consent,
    IReadOnlyList<PersonCheck> Checks,
    IReadOnlyList<PersonNote> Notes,
    IReadOnlyList<PersonAuditEntry> Audit);

/// <summary>The record itself.</summary>
public sealed record PersonRecord(Guid Id, string Nickname, int? BirthDecade, string? LocalReference, int StructureId, string StructureName,
    DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt);

/// <summary>When the person agreed that their answers are kept, and to which text.</summary>
public sealed record PersonConsent(DateTimeOffset? At, string? TextVersion);

/// <summary>One check with every answer and, when finished, its result.</summary>
public sealed record PersonCheck(Guid Id, string Stage, string Language, bool Kiosk, bool ConsentRefused, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt, IReadOnlyList<string> Needs, JsonElement Equipment, IReadOnlyList<PersonAnswer> Answers, PersonResult? Result);

/// <summary>One answer as given.</summary>
public sealed record PersonAnswer(int Sequence, string ItemId, int ItemVersion, int Score, bool DontKnow, JsonElement Response,
    DateTimeOffset AnsweredAt, int? ElapsedMilliseconds);

/// <summary>The result of a finished check: overall and per domain.</summary>
public sealed record PersonResult(double Theta, double Se, int Level, IReadOnlyList<PersonDomainResult> Domains);

/// <summary>The result of one domain.</summary>
public sealed record PersonDomainResult(string DomainId, string Name, int Level, double Theta, double Se, int Questions, int Right);

/// <summary>A follow-up note.</summary>
public sealed record PersonNote(DateTimeOffset CreatedAt, string AuthorName, string Text);

/// <summary>An audit log entry about the person or one of their checks.</summary>
public sealed record PersonAuditEntry(DateTimeOffset At, string UserName, string Action, string? TargetKind, string? TargetId, string? Detail);
