using EvalNumerique.ItemBank.Items;
using EvalNumerique.Web.Features.Check.Items;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class ItemAudioTests
{
    [Fact]
    public void Ecouter_says_every_answer_of_every_choice_item_of_the_bank()
    {
        var bank = RealBank.Loaded;
        static string Simple(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        foreach (var item in bank.Items)
        {
            var choices = item.Content switch
            {
                SingleChoiceContent c => c.Choices,
                MultipleChoiceContent c => c.Choices,
                OrderingContent c => c.Choices,
                _ => [],
            };
            string audio = Simple(ItemAudio.Text(item));
            Assert.All(choices, c => Assert.True(audio.Contains(Simple(c.Text), StringComparison.Ordinal), $"{item.Id}: « {c.Text} » is never read aloud"));
        }
    }
}
