using System.Text.RegularExpressions;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>
/// The rules of a pseudonymous record, shared by the form (messages next to the fields) and the
/// service (which checks again on the server). Messages are keys of <c>PeopleText</c>.
/// </summary>
public static partial class PersonValidation
{
    public const int NicknameMaxLength = 60;
    public const int ReferenceMaxLength = 40;
    public const int FirstDecade = 1930;
    public const int LastDecade = 2010;

    /// <summary>The decades offered in the form, oldest first.</summary>
    public static IReadOnlyList<int> Decades { get; } = [.. Enumerable.Range(0, (LastDecade - FirstDecade) / 10 + 1).Select(i => FirstDecade + 10 * i)];

    /// <summary>Field messages (resource keys); empty when the input can be saved.</summary>
    /// <param name="input">What was typed.</param>
    /// <param name="allowedStructures">The structures of the staff member, or null to skip the structure (edit).</param>
    public static IReadOnlyDictionary<PersonField, string> Validate(PersonInput input, IReadOnlySet<int>? allowedStructures)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<PersonField, string>();
        string nickname = input.Nickname?.Trim() ?? "";
        if (nickname.Length == 0) errors[PersonField.Nickname] = "NicknameRequired";
        else if (nickname.Length > NicknameMaxLength) errors[PersonField.Nickname] = "NicknameTooLong";

        if (input.BirthDecade is int decade && !Decades.Contains(decade)) errors[PersonField.BirthDecade] = "DecadeInvalid";

        string reference = input.LocalReference?.Trim() ?? "";
        if (reference.Length > ReferenceMaxLength) errors[PersonField.LocalReference] = "ReferenceTooLong";
        else if (LooksLikeNationalNumber(reference)) errors[PersonField.LocalReference] = "ReferenceLooksLikeNir";

        if (allowedStructures is not null)
        {
            if (input.StructureId is not int structure) errors[PersonField.Structure] = "StructureRequired";
            else if (!allowedStructures.Contains(structure)) errors[PersonField.Structure] = "StructureNotYours";
        }
        return errors;
    }

    /// <summary>
    /// True for a value that looks like a French social-security number (NIR: 13 digits and a
    /// 2-digit key; Corsica writes 2A/2B for its département): 13 or more digits once spaces, dots,
    /// dashes and slashes are taken out. Such a number must never be stored in a pseudonymous record.
    /// </summary>
    public static bool LooksLikeNationalNumber(string? value) =>
        value is not null && LongDigitRun().IsMatch(Separators().Replace(value, ""));

    [GeneratedRegex(@"[\s.\-/]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\d{5}(?:\d{2}|2[AaBb])\d{6,}")]
    private static partial Regex LongDigitRun();
}
