using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.Web.Features.Check.Items;

namespace EvalNumerique.Web.Tests.Items;

/// <summary>What a person does on a question, written as their gestures (tap, type, move, fill).</summary>
internal static class UiActions
{
    public static void TapChoice(this IRenderedComponent<ItemView> view, string id) => view.Find($"[data-choice='{id}']").Click();

    public static void TapRegion(this IRenderedComponent<ItemView> view, string id) => view.Find($"[data-region='{id}']").Click();

    public static void TapElement(this IRenderedComponent<ItemView> view, string id) => view.Find($"button[data-element='{id}']").Click();

    public static void Type(this IRenderedComponent<ItemView> view, string text) => view.Find("input.text-answer").Input(text);

    public static string[] StepOrder(this IRenderedComponent<ItemView> view) =>
        [.. view.FindAll("li[data-step]").Select(li => li.GetAttribute("data-step")!)];

    /// <summary>Puts the steps in this order with the "Monter" buttons only, as a person would.</summary>
    public static void PutInOrder(this IRenderedComponent<ItemView> view, IReadOnlyList<string> order)
    {
        for (var place = 0; place < order.Count; place++)
        {
            while (Array.IndexOf(view.StepOrder(), order[place]) > place)
            {
                view.Find($"li[data-step='{order[place]}'] button.move.up").Click();
            }
        }
    }

    /// <summary>Fills a field of a simulated form the way its control is used: type, pick an option, tick.</summary>
    public static void Fill(this IRenderedComponent<ItemView> view, Item item, string elementId, string value)
    {
        var element = ((SimulationContent)item.Content).Screen.Find(elementId)!;
        var control = view.Find($"#sim-{item.Id}-{elementId}");
        switch (element.Role)
        {
            case ElementRole.Checkbox:
                control.Change(value == "true");
                break;
            case ElementRole.Select:
                control.Change(value);
                break;
            default:
                control.Input(value);
                break;
        }
    }

    /// <summary>Does what a person who knows would do, read from the item's key, without touching "Valider" yet.</summary>
    public static void DoTheRightThing(this IRenderedComponent<ItemView> view, Item item)
    {
        switch (item.Content)
        {
            case SingleChoiceContent c:
                view.TapChoice(c.Answer);
                break;
            case MultipleChoiceContent c:
                foreach (var id in c.Answer) view.TapChoice(id);
                break;
            case YesNoContent c:
                view.TapChoice(c.Answer ? "yes" : "no");
                break;
            case OrderingContent c:
                view.PutInOrder(c.Answer);
                break;
            case HotspotContent c:
                view.TapRegion(c.Answer[0]);
                break;
            case TextEntryContent c:
                view.Type(c.Answer.Accept[0]);
                break;
            case SimulationContent { Answer: TapAnswer tap }:
                view.TapElement(tap.Ids[0]);
                break;
            case SimulationContent { Answer: SequenceAnswer sequence }:
                foreach (var id in sequence.Ids) view.TapElement(id);
                break;
            case SimulationContent { Answer: FieldsAnswer fields }:
                foreach (var (id, answer) in fields.Fields) view.Fill(item, id, answer.Accept[0]);
                break;
            default:
                throw new ArgumentException($"No gesture for {item.Id}");
        }
    }
}
