using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Scoring;

/// <summary>The right answer to an item, read from its key (first accepted text, first correct region…).</summary>
public static class KeyedResponse
{
    /// <summary>A response that <see cref="ResponseScorer"/> scores right.</summary>
    public static Response Of(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Content switch
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
            _ => throw new ArgumentException($"Item {item.Id} has no answer key of a known type.", nameof(item)),
        };
    }
}
