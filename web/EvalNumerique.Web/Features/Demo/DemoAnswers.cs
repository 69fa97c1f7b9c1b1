using EvalNumerique.Engine.Randomness;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.Web.Features.Demo;

/// <summary>
/// Answers of a simulated demo person, built from an item's key: the right answer, or a plausible
/// wrong one (another choice, the other button, the steps out of order, another element tapped) —
/// or "Je ne sais pas" when the item leaves no wrong answer that fits it.
/// </summary>
internal static class DemoAnswers
{
    public static Response Right(Item item) => KeyedResponse.Of(item);

    public static Response Wrong(Item item, RandomSource random)
    {
        var response = item.Content switch
        {
            SingleChoiceContent c => Pick(c.Choices.Where(x => x.Id != c.Answer).Select(x => Response.Choose(x.Id)), random),
            MultipleChoiceContent c => Pick(c.Choices.Where(x => !c.Answer.Contains(x.Id)).Select(x => Response.Choose(x.Id)), random),
            YesNoContent c => Response.YesNo(!c.Answer),
            OrderingContent c => Response.Order([.. c.Answer.Reverse()]),
            HotspotContent c => Pick(c.Regions.Where(r => !c.Answer.Contains(r.Id)).Select(r => Response.TapRegion(r.Id)), random),
            SimulationContent { Answer: TapAnswer tap } s => Pick(Tappable(s).Where(id => !tap.Ids.Contains(id)).Select(id => Response.Tap(id)), random),
            SimulationContent { Answer: SequenceAnswer sequence } s => Pick(Tappable(s).Where(id => id != sequence.Ids[0]).Select(id => Response.Tap(id)), random),
            SimulationContent { Answer: FieldsAnswer fields } => Response.Tap(fields.Submit), // sent the form without filling it
            _ => null, // a typed answer: a simulated person rather says "Je ne sais pas" than invents a typo
        };
        // Whatever was built must really be wrong; otherwise the person says "Je ne sais pas".
        return response is not null && !ResponseScorer.Score(item, response) ? response : Response.DontKnow;
    }

    private static IEnumerable<string> Tappable(SimulationContent content) =>
        content.Screen.Elements.Where(e => e.IsTappable).Select(e => e.Id);

    private static Response? Pick(IEnumerable<Response> options, RandomSource random)
    {
        var list = options.ToList();
        return list.Count == 0 ? null : list[random.NextInt(list.Count)];
    }
}
