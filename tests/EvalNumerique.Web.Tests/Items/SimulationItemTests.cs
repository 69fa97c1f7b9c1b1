using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class SimulationItemTests : ItemViewTestContext
{
    // A scam SMS: delete it (right) or follow its link (not).
    private static Item ScamSms => RealBank.Get("safety-scams-004");

    // Reply to an e-mail with the right photo: reply, attach, the photo, send.
    private static Item ReplyWithPhoto => RealBank.Get("communication-email-007");

    // Type the code received by SMS, then the site's own "Valider".
    private static Item SmsCode => RealBank.Get("safety-passwords-004");

    // A change of address: a date, text, a number, a drop-down list.
    private static Item ChangeOfAddress => RealBank.Get("procedures-forms-007");

    // A declaration with a box to tick.
    private static Item Declaration => RealBank.Get("procedures-forms-010");

    // Switches: turn on the SMS code at each login.
    private static Item SecuritySwitches => RealBank.Get("safety-passwords-007");

    [Fact]
    public void Touching_delete_on_a_scam_sms_then_valider_is_scored_right()
    {
        var view = Show(ScamSms);

        view.TapElement("delete");
        Validate(view);

        Assert.Equal(["delete"], Answer.Taps);
        Assert.True(ResponseScorer.Score(ScamSms, Answer));
    }

    [Fact]
    public void Touching_the_link_of_a_scam_sms_is_scored_wrong()
    {
        var view = Show(ScamSms);

        view.TapElement("link");
        Validate(view);

        Assert.False(ResponseScorer.Score(ScamSms, Answer));
    }

    [Fact]
    public void A_touch_on_the_screen_selects_and_can_be_changed_before_valider()
    {
        var view = Show(ScamSms);

        view.TapElement("link");
        Assert.Empty(Answers);
        Assert.Equal("true", view.Find("[data-element='link']").GetAttribute("aria-pressed"));

        view.TapElement("delete");
        Validate(view);

        Assert.Equal("false", view.Find("[data-element='link']").GetAttribute("aria-pressed"));
        Assert.True(ResponseScorer.Score(ScamSms, Answer));
    }

    [Fact]
    public void The_sms_shows_bubbles_and_the_link_with_its_address()
    {
        var view = Show(ScamSms);

        Assert.Contains("from-them", view.Find("[data-element='msg1']").ClassList);
        Assert.Contains("fr-reexpedition.top", view.Find("[data-element='link']").TextContent, StringComparison.Ordinal);
        Assert.NotNull(view.Find(".phone[role='group'][aria-label]"));
    }

    [Fact]
    public void Touching_reply_attach_the_right_photo_and_send_is_scored_right_and_numbered()
    {
        var view = Show(ReplyWithPhoto);

        view.TapElement("reply");
        view.TapElement("delete");
        view.TapElement("attach");
        view.TapElement("ph2");
        view.TapElement("send");

        Assert.Equal("4", view.Find("[data-element='ph2'] .tap-number").TextContent);
        Assert.Equal(5, view.FindAll(".sim-trail-steps li").Count);
        Validate(view);
        Assert.True(ResponseScorer.Score(ReplyWithPhoto, Answer));
    }

    [Fact]
    public void Attaching_another_photo_is_scored_wrong()
    {
        var view = Show(ReplyWithPhoto);

        foreach (var id in new[] { "reply", "attach", "ph1", "send" }) view.TapElement(id);
        Validate(view);

        Assert.False(ResponseScorer.Score(ReplyWithPhoto, Answer));
    }

    [Fact]
    public void Recommencer_puts_the_screen_back_as_it_was()
    {
        var view = Show(ReplyWithPhoto);
        view.TapElement("reply");
        view.TapElement("ph1");

        view.Find("button.sim-restart").Click();

        Assert.Empty(view.FindAll(".tap-number"));
        foreach (var id in new[] { "reply", "attach", "ph2", "send" }) view.TapElement(id);
        Validate(view);
        Assert.Equal(["reply", "attach", "ph2", "send"], Answer.Taps);
    }

    [Fact]
    public void Typing_the_sms_code_then_the_sites_own_button_answers_at_once_and_is_scored_right()
    {
        var view = Show(SmsCode);

        view.Fill(SmsCode, "code", "482 913");
        view.TapElement("validate");

        Assert.True(ResponseScorer.Score(SmsCode, Answer));
    }

    [Fact]
    public void Typing_another_code_is_scored_wrong()
    {
        var view = Show(SmsCode);

        view.Fill(SmsCode, "code", "123456");
        view.TapElement("validate");

        Assert.False(ResponseScorer.Score(SmsCode, Answer));
    }

    [Fact]
    public void A_form_is_sent_with_its_own_button_only_and_no_second_valider_competes_with_it()
    {
        var view = Show(SmsCode);

        view.Fill(SmsCode, "code", "482913");

        Assert.Empty(Answers);
        Assert.Empty(view.FindAll("button.validate"));
        view.TapElement("resend");
        Assert.Empty(Answers);
    }

    [Fact]
    public void Filling_a_form_with_a_date_and_a_drop_down_list_is_scored_right()
    {
        var item = ChangeOfAddress;
        var view = Show(item);

        view.Fill(item, "date", "01/03/2025");
        view.Fill(item, "street", "12 rue des Lilas");
        view.Fill(item, "cp", "21 000");
        view.Fill(item, "city", "Dijon");
        view.Fill(item, "housing", "Locataire");
        view.TapElement("submit");

        Assert.True(ResponseScorer.Score(item, Answer));
        Assert.Equal("JJ/MM/AAAA", view.Find($"#sim-{item.Id}-date").GetAttribute("placeholder"));
        Assert.Equal("numeric", view.Find($"#sim-{item.Id}-cp").GetAttribute("inputmode"));
    }

    [Fact]
    public void Leaving_the_box_unticked_is_scored_wrong_and_ticking_it_right()
    {
        var item = Declaration;
        var fields = (FieldsAnswer)((SimulationContent)item.Content).Answer;
        var view = Show(item);
        foreach (var (id, answer) in fields.Fields.Where(f => f.Key != "certify")) view.Fill(item, id, answer.Accept[0]);

        view.TapElement(fields.Submit);
        Assert.False(ResponseScorer.Score(item, Answers[^1]));

        view.Fill(item, "certify", "true");
        view.TapElement(fields.Submit);
        Assert.True(ResponseScorer.Score(item, Answers[^1]));
    }

    [Fact]
    public void Every_field_of_a_form_has_a_label()
    {
        var view = Show(ChangeOfAddress);

        Assert.All(view.FindAll("input, select"), control => Assert.NotNull(view.Find($"label[for='{control.Id}']")));
    }

    [Fact]
    public void Touching_a_switch_flips_it_and_touching_it_again_puts_it_back()
    {
        var view = Show(SecuritySwitches);

        Assert.Equal("false", view.Find("[data-element='twofa']").GetAttribute("aria-checked"));
        view.TapElement("twofa");
        Assert.Equal("true", view.Find("[data-element='twofa']").GetAttribute("aria-checked"));
        view.TapElement("twofa");
        Assert.Equal("false", view.Find("[data-element='twofa']").GetAttribute("aria-checked"));
    }

    [Fact]
    public void Turning_on_the_right_switch_then_valider_is_scored_right()
    {
        var view = Show(SecuritySwitches);

        view.TapElement("newsletter");
        view.TapElement("twofa");
        Validate(view);

        Assert.Equal("true", view.Find("[data-element='newsletter']").GetAttribute("aria-checked"));
        Assert.True(ResponseScorer.Score(SecuritySwitches, Answer));
    }

    [Fact]
    public void Valider_before_touching_the_screen_answers_nothing()
    {
        var view = Show(ScamSms);

        Validate(view);

        Assert.Empty(Answers);
        Assert.False(string.IsNullOrWhiteSpace(view.Find(".item-hint").TextContent));
    }
}
