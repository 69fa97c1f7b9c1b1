using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Tests.Support;

/// <summary>The right answer to an item, read from its key: lets a test play a person who knows.</summary>
internal static class KeyedResponses
{
    public static Response Right(Item item) => KeyedResponse.Of(item);

    /// <summary>The same response in the API's JSON shape.</summary>
    public static ResponseDto Dto(Response response) =>
        new(response.IsDontKnow, response.Chosen, response.Region, response.Text, response.Taps, response.Fields);
}
