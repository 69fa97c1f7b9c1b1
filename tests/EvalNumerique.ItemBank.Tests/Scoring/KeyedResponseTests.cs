using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Scoring;

public sealed class KeyedResponseTests
{
    [Fact]
    public void The_keyed_response_of_every_item_of_the_real_bank_is_scored_right_and_je_ne_sais_pas_is_not()
    {
        var bank = ItemBankLoader.Load(RepoRoot.ItemBank);
        Assert.NotEmpty(bank.Items);
        Assert.All(bank.Items, item =>
        {
            Assert.True(ResponseScorer.Score(item, KeyedResponse.Of(item)), $"{item.Id}: its own key is scored wrong");
            Assert.False(ResponseScorer.Score(item, Response.DontKnow), item.Id);
        });
    }
}
