using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>Rules of simulation items: screen kind, elements (ids, roles, icons, fields) and an answer that can be performed.</summary>
internal static class SimulationValidator
{
    private static readonly string[] MessageSenders = ["me", "them"];

    public static void Validate(SimulationContent simulation, FileDiagnostics d, ValidationContext ctx)
    {
        var screen = simulation.Screen;
        if (!Screen.Kinds.Contains(screen.Kind))
        {
            d.Error("screen.kind", RuleIds.ScreenKind,
                $"screen kind '{screen.Kind}' is unknown. Fix: use one of {string.Join(", ", Screen.Kinds)}{Spelling.Hint(screen.Kind, Screen.Kinds)}.");
        }

        if (screen.Elements.Count == 0)
        {
            d.Error("screen.elements", RuleIds.ElementRole, "the screen has no element. Fix: list what is on the screen, top to bottom.");
        }

        ChoiceValidator.CheckIds(screen.Elements.Select(e => e.Id).ToList(), "screen.elements", "element", d);
        for (var i = 0; i < screen.Elements.Count; i++)
        {
            CheckElement(screen.Elements[i], $"screen.elements[{i}]", d, ctx);
        }

        switch (simulation.Answer)
        {
            case TapAnswer tap:
                CheckTappable(tap.Ids, "answer.tap", screen, d);
                break;
            case SequenceAnswer sequence:
                CheckTappable(sequence.Ids, "answer.sequence", screen, d);
                break;
            case FieldsAnswer fields:
                CheckFields(fields, screen, d);
                break;
        }
    }

    private static void CheckElement(ScreenElement e, string path, FileDiagnostics d, ValidationContext ctx)
    {
        if (e.Icon is not null && !Icons.All.Contains(e.Icon))
        {
            d.Error(path + ".icon", RuleIds.IconUnknown,
                $"icon '{e.Icon}' of element '{e.Id}' is not one the app can draw. Fix: use one of {string.Join(", ", Icons.All)}{Spelling.Hint(e.Icon, Icons.All)}.");
        }

        var (missing, example) = e.Role switch
        {
            ElementRole.Input or ElementRole.Select => (string.IsNullOrWhiteSpace(e.Label), "label: \"…\""),
            ElementRole.Image => (e.Image is null, "image: images/name.svg, alt: \"…\""),
            _ => (string.IsNullOrWhiteSpace(e.Text), "text: \"…\""),
        };
        if (missing)
        {
            d.Error(path, RuleIds.ElementRole, $"element '{e.Id}' ({ItemTypeNames.Name(e.Role)}) is empty. Fix: add '{example}' to it.");
        }

        if (e.Role == ElementRole.Message && e.From is not null && !MessageSenders.Contains(e.From))
        {
            d.Error(path + ".from", RuleIds.ElementRole, $"'from: {e.From}' of message '{e.Id}' must be me or them. Fix: write 'from: them' for a received message.");
        }

        if (e.Role == ElementRole.Input && e.InputKind is not null && !ScreenElement.InputKinds.Contains(e.InputKind))
        {
            d.Error(path + ".input", RuleIds.ElementRole,
                $"input kind '{e.InputKind}' of element '{e.Id}' is unknown. Fix: use text, email, password, number or date.");
        }

        if (e.Role == ElementRole.Select && (e.Options is null || e.Options.Count == 0))
        {
            d.Error(path, RuleIds.ElementRole, $"select '{e.Id}' has no options. Fix: add 'options: [\"…\", \"…\"]'.");
        }

        FileReferenceValidator.CheckPicture(e.Image, path + ".image", $"the picture of element '{e.Id}'", d, ctx);
    }

    private static void CheckTappable(IReadOnlyList<string> ids, string path, Screen screen, FileDiagnostics d)
    {
        if (ids.Count == 0)
        {
            d.Error(path, RuleIds.Answer, "the answer names no element. Fix: list the id(s) of the element(s) to tap.");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            var element = screen.Find(ids[i]);
            if (element is null)
            {
                d.Error($"{path}[{i}]", RuleIds.Answer,
                    $"answer '{ids[i]}' is not an element of the screen ({string.Join(", ", screen.Elements.Select(e => e.Id))}). Fix: use the id of the element to tap.");
            }
            else if (!element.IsTappable)
            {
                d.Error($"{path}[{i}]", RuleIds.Answer,
                    $"answer '{ids[i]}' is a {ItemTypeNames.Name(element.Role)}, which cannot be tapped. " +
                    "Fix: point to a message, list-item, link, button, toggle or image, or change the element's role.");
            }
        }
    }

    private static void CheckFields(FieldsAnswer fields, Screen screen, FileDiagnostics d)
    {
        if (fields.Fields.Count == 0)
        {
            d.Error("answer.fields", RuleIds.Answer, "the answer lists no field. Fix: give the accepted values of each field to fill.");
        }

        foreach (var (id, answer) in fields.Fields)
        {
            var path = "answer.fields." + id;
            var element = screen.Find(id);
            if (element is null || !element.IsField)
            {
                d.Error(path, RuleIds.Answer,
                    $"field '{id}' is not an input, select or checkbox of the screen. Fix: use the id of an element with role input, select or checkbox.");
                continue;
            }

            TextEntryValidator.CheckAccept(answer, path, d);
            var allowed = element.Role switch
            {
                ElementRole.Select => element.Options ?? [],
                ElementRole.Checkbox => ["true", "false"],
                _ => null,
            };
            if (allowed is null)
            {
                continue;
            }

            foreach (var value in answer.Accept.Where(v => !allowed.Any(a => TextNormaliser.Equivalent(v, a, answer.Normalise))))
            {
                d.Error(path, RuleIds.Answer,
                    $"accepted value '{value}' of {ItemTypeNames.Name(element.Role)} '{id}' can never be chosen (possible: {string.Join(", ", allowed)}). Fix: accept one of these.");
            }
        }

        var submit = screen.Find(fields.Submit);
        if (submit is null || submit.Role != ElementRole.Button)
        {
            d.Error("answer.submit", RuleIds.Answer,
                $"submit '{fields.Submit}' is not a button of the screen. Fix: set submit to the id of the button that sends the form.");
        }
    }
}
