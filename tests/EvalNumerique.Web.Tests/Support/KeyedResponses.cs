using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Tests.Support;

/// <summary>The right answer to an item, read from its key: lets a test play a person who knows.</summary>
internal static class KeyedResponses
{
    public static Response Right(Item item) => item.Content switch
    {
        SingleChoiceContent c => Response.Choose(c.Answer),
        MultipleChoiceContent c => Response.Choose([.. c.Answer]),
        YesNoContent c => Response.YesNo(c.Answer),
        OrderingContent c => Response.Order([.. c.Answer]),
        HotspotContent c => Response.TapRegion(c.Answer[0]),
        TextEntryContent c => Response.Typed(c.Answer.Accept[0]),
        SimulationContent { Answer: TapAnswer tap } => Response.Tap(tap.Ids[0]),
        SimulationContent { Answer: SequenceAnswer sequence } => Response.Tap([.. sequence.Ids]),
        SimulationContent { Answer: FieldsAnswer fields } => Response.Fill(
            fields.Fields.ToDictionary(f => f.Key, f => f.Value.Accept[0]), fields.Submit),
        _ => throw new ArgumentException($"No key for {item.Id}"),
    };

    /// <summary>The same response in the API's JSON shape.</summary>
    public static ResponseDto Dto(Response response) =>
        new(response.IsDontKnow, response.Chosen, response.Region, response.Text, response.Taps, response.Fields);
}
