using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Scoring;

public sealed class ResponseScorerTests
{
    private static readonly LoadedBank Bank = ItemBankLoader.Load(TempBank.ValidBank);

    private static bool Score(string id, Response response) => ResponseScorer.Score(Bank.FindItem(id)!, response);

    [Fact]
    public void Dont_know_scores_0_on_every_type()
    {
        Assert.All(Bank.Items, item => Assert.False(ResponseScorer.Score(item, Response.DontKnow)));
    }

    [Fact]
    public void Single_choice_is_right_only_with_the_answer()
    {
        Assert.True(Score("safety-scams-001", Response.Choose("b")));
        Assert.False(Score("safety-scams-001", Response.Choose("a")));
        Assert.False(Score("safety-scams-001", Response.Choose("b", "c")));
        Assert.False(Score("safety-scams-001", new Response()));
    }

    [Fact]
    public void Multiple_choice_needs_exactly_the_right_set_in_any_order()
    {
        Assert.True(Score("safety-scams-002", Response.Choose("b", "a")));
        Assert.False(Score("safety-scams-002", Response.Choose("a")));
        Assert.False(Score("safety-scams-002", Response.Choose("a", "b", "c")));
    }

    [Fact]
    public void Yes_no_compares_the_button()
    {
        Assert.True(Score("safety-scams-003", Response.YesNo(false)));
        Assert.False(Score("safety-scams-003", Response.YesNo(true)));
    }

    [Fact]
    public void Ordering_needs_the_exact_order()
    {
        Assert.True(Score("safety-scams-004", Response.Order("b", "c", "a")));
        Assert.False(Score("safety-scams-004", Response.Order("a", "b", "c")));
        Assert.False(Score("safety-scams-004", Response.Order("b", "c")));
    }

    [Fact]
    public void Hotspot_is_right_on_an_answer_region()
    {
        Assert.True(Score("device-touch-001", Response.TapRegion("phone")));
        Assert.False(Score("device-touch-001", Response.TapRegion("messages")));
    }

    [Fact]
    public void Text_entry_normalises_the_typed_text()
    {
        Assert.True(Score("device-touch-002", Response.Typed("  pa ris ")));
        Assert.True(Score("device-touch-002", Response.Typed("PÀRIS")));
        Assert.False(Score("device-touch-002", Response.Typed("Lyon")));
        Assert.False(Score("device-touch-002", Response.Typed(string.Empty)));
    }

    [Fact]
    public void Simulation_tap_is_decided_by_the_first_tap_on_a_tappable_element()
    {
        Assert.True(Score("device-touch-003", Response.Tap("sender", "delete")));
        Assert.False(Score("device-touch-003", Response.Tap("link", "delete")));
        Assert.False(Score("device-touch-003", Response.Tap()));
    }

    [Fact]
    public void Simulation_sequence_ignores_taps_in_between_but_not_the_order()
    {
        Assert.True(Score("device-touch-004", Response.Tap("mail1", "photo", "attach", "send")));
        Assert.False(Score("device-touch-004", Response.Tap("attach", "mail1", "send")));
    }

    [Fact]
    public void Simulation_fields_need_every_value_and_the_submit_tap()
    {
        var filled = new Dictionary<string, string> { ["city"] = " LYON", ["civility"] = "madame", ["terms"] = "True" };

        Assert.True(Score("device-touch-005", Response.Fill(filled, "send")));
        Assert.False(Score("device-touch-005", Response.Fill(filled)));
        Assert.False(Score("device-touch-005", Response.Fill(new Dictionary<string, string>(filled) { ["terms"] = "false" }, "send")));
        Assert.False(Score("device-touch-005", Response.Fill(new Dictionary<string, string> { ["city"] = "Lyon" }, "send")));
    }
}
