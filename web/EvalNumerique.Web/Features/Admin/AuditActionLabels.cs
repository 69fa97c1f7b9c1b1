using System.Reflection;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>The audit actions in the admin's words ("exported-person" → "Export des données d'une personne").</summary>
public static class AuditActionLabels
{
    /// <summary>Every action of <see cref="AuditActions"/>, in declaration order.</summary>
    public static readonly IReadOnlyList<string> All = [.. typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    /// <summary>The resource key of an action's label: "exported-person" → "Action_exported_person".</summary>
    public static string Key(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return "Action_" + action.Replace('-', '_');
    }

    /// <summary>The label, or the action's code when it has none (an action added later still shows).</summary>
    public static string Label(IStringLocalizer<AdminText> text, string action)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = text[Key(action)];
        return label.ResourceNotFound ? action : label.Value;
    }
}
