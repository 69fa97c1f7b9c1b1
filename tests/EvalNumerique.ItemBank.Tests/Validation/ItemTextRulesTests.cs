using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class ItemTextRulesTests
{
    [Fact]
    public void Empty_audio_script_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo,
            "audio: \"Votre banque vous demande votre code par e-mail. Est-ce normal ? Oui ou non ?\"", "audio: \"  \"");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.YesNo, "audio:"), Single(bank, Paths.YesNo, RuleIds.AudioEmpty).Line);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Empty_feedback_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "feedback: \"Une banque ne demande jamais votre code par e-mail.\"", "feedback: \"\"");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.YesNo, "feedback:"), Single(bank, Paths.YesNo, RuleIds.FeedbackEmpty).Line);
    }

    [Theory]
    [InlineData("C'est faux.")]
    [InlineData("ERREUR : relisez le message.")]
    [InlineData("Mauvaise réponse, la banque ne demande jamais ce code.")]
    public void Blaming_feedback_is_a_warning_and_the_item_still_loads(string feedback)
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "feedback: \"Une banque ne demande jamais votre code par e-mail.\"", $"feedback: \"{feedback}\"");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.YesNo, "feedback:"), Single(bank, Paths.YesNo, RuleIds.FeedbackBlaming, DiagnosticSeverity.Warning).Line);
        Assert.Equal(9, bank.Items.Count);
    }

    [Fact]
    public void Empty_question_after_the_front_matter_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "Votre banque vous demande votre code par e-mail. **Est-ce normal ?**", "   ");

        Single(temp.Load(), Paths.YesNo, RuleIds.StemEmpty);
    }
}
