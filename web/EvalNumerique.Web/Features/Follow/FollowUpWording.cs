using System.Globalization;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>How the dashboard says where a check stands and how long ago something happened.</summary>
public static class FollowUpWording
{
    /// <summary>"Prise en main", "Questions : Communiquer, 3 réponses", "Terminé"…</summary>
    public static string Status(CheckFollowUp check, IStringLocalizer<FollowText> text, string language)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(text);
        return check.Stage switch
        {
            CheckStage.Consent => text["StatusConsent"],
            CheckStage.Practice => text["StatusPractice"],
            CheckStage.Needs => text["StatusNeeds"],
            CheckStage.Questions => string.Join(", ",
                check.DomainName(language) is { } domain ? Format(text["StatusQuestions"], domain) : text["StatusQuestionsNoDomain"],
                Answered(check.Answered, text)),
            _ => text["StatusFinished"],
        };
    }

    private static string Answered(int answered, IStringLocalizer<FollowText> text) => answered switch
    {
        0 => text["AnsweredNone"],
        1 => text["AnsweredOne"],
        _ => Format(text["AnsweredMany"], answered),
    };

    /// <summary>"à l'instant", "il y a 3 min", "il y a 2 h", then the date and time.</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone, IStringLocalizer<FollowText> text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(text);
        var elapsed = now - at;
        if (elapsed < TimeSpan.FromMinutes(1)) return text["AgoNow"];
        if (elapsed < TimeSpan.FromHours(1)) return Format(text["AgoMinutes"], (int)elapsed.TotalMinutes);
        if (elapsed < TimeSpan.FromHours(24)) return Format(text["AgoHours"], (int)elapsed.TotalHours);
        return Format(text["AgoOn"], Moment(at, now, zone));
    }

    /// <summary>The time alone for today, the date and time before (in the desk's time zone).</summary>
    public static string Moment(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        bool today = local.Date == TimeZoneInfo.ConvertTime(now, zone).Date;
        return local.ToString(today ? "t" : "g", CultureInfo.CurrentCulture);
    }

    private static string Format(string format, object value) => string.Format(CultureInfo.CurrentCulture, format, value);
}
