using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Rendering;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Check;

/// <summary>Body of POST /api/v1/checks.</summary>
public sealed record StartCheckRequest(string? Language, string? KioskToken = null);

/// <summary>Body of POST /api/v1/checks/{code}/consent: may the answers be kept in the person's record?</summary>
public sealed record ConsentRequest(bool? Agree);

/// <summary>Body of POST /api/v1/checks/{code}/needs.</summary>
public sealed record NeedsRequest(IReadOnlyList<string>? Needs, IReadOnlyDictionary<string, string>? Equipment);

/// <summary>Body of POST /api/v1/checks/{code}/answers.</summary>
public sealed record AnswerRequest(string? ItemId, ResponseDto? Response, int? ElapsedMilliseconds);

/// <summary>What the person did: the fields that fit the item's type.</summary>
public sealed record ResponseDto(bool DontKnow, IReadOnlyList<string>? Chosen, string? Region, string? Text,
    IReadOnlyList<string>? Taps, IReadOnlyDictionary<string, string>? Fields)
{
    public ItemBank.Scoring.Response ToResponse() => DontKnow
        ? ItemBank.Scoring.Response.DontKnow
        : new ItemBank.Scoring.Response
        {
            Chosen = Chosen ?? [],
            Region = Region,
            Text = Text,
            Taps = Taps ?? [],
            Fields = Fields ?? new Dictionary<string, string>(),
        };
}

/// <summary>A check as the API returns it, with the question on screen (never its answer key).</summary>
public sealed record CheckDto(Guid Id, string Code, string Stage, int Answered, ItemDto? Item, IReadOnlyList<string> Needs)
{
    public static CheckDto From(CheckState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Id, state.ResumeCode, state.Stage.ToString().ToLowerInvariant(), state.Answered,
            state.CurrentItem is null || state.Stage == Data.CheckStage.Finished ? null : ItemDto.From(state.CurrentItem), state.Needs);
    }
}

/// <summary>
/// Answer to POST /answers: the check with its next question. Whether the answer was right is
/// not said: the person never gets a score, and the API must not become an answer oracle.
/// </summary>
public sealed record AnswerDto(CheckDto Check);

/// <summary>A picture with its URL and alt text.</summary>
public sealed record PictureDto(string Url, string? Alt, double? Width, double? Height);

/// <summary>A choice, a step to order, or a hotspot region.</summary>
public sealed record OptionDto(string Id, string Text, PictureDto? Image);

/// <summary>
/// A question for a front end to draw: the stem as safe HTML, the text to read aloud, and what
/// to draw per type. The answer key is never included.
/// </summary>
public sealed record ItemDto(string Id, string Type, int Version, string StemHtml, string Audio, string? AudioUrl, PictureDto? Image,
    IReadOnlyList<OptionDto>? Choices, IReadOnlyList<HotspotRegion>? Regions, TextInput? Input, Screen? Screen)
{
    public static ItemDto From(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        PictureDto? Picture(Picture? p) => p is null ? null : new PictureDto(BankAssets.Url(item, p.Src), p.Alt, p.Width, p.Height);
        IReadOnlyList<OptionDto> Options(IEnumerable<Choice> choices) => [.. choices.Select(c => new OptionDto(c.Id, c.Text, Picture(c.Image)))];
        var content = item.Content;
        return new ItemDto(
            item.Id,
            ItemTypeNames.Name(item.Type),
            item.Version,
            MarkdownRenderer.ToHtml(item.Stem),
            item.Audio,
            item.AudioFile is null ? null : BankAssets.Url(item, item.AudioFile),
            Picture(content is HotspotContent h ? h.Image : item.Image),
            content switch
            {
                SingleChoiceContent c => Options(c.Choices),
                MultipleChoiceContent c => Options(c.Choices),
                OrderingContent c => Options(c.Choices),
                _ => null,
            },
            content is HotspotContent hotspot ? hotspot.Regions : null,
            content is TextEntryContent text ? text.Input : null,
            content is SimulationContent simulation ? WithUrls(item, simulation.Screen) : null);
    }

    private static Screen WithUrls(Item item, Screen screen) => screen with
    {
        Elements = [.. screen.Elements.Select(e => e.Image is null ? e : e with { Image = e.Image with { Src = BankAssets.Url(item, e.Image.Src) } })],
    };
}
