using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class ChoiceRulesTests
{
    [Fact]
    public void Answer_that_is_not_a_choice_is_reported_with_its_line()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, "answer: b", "answer: e");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.SingleChoice, RuleIds.Answer);
        Assert.Equal(
            $"{Paths.SingleChoice}:{LineOf(temp, Paths.SingleChoice, "answer:")}: error: answer 'e' is not one of the choices (a, b, c). Fix: set answer to the id of the right choice.",
            diagnostic.ToString());
        Skipped(bank, Paths.SingleChoice);
    }

    [Fact]
    public void Single_choice_with_one_choice_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice,
            "  - { id: a, text: \"Je clique sur le lien.\", image: images/sms-colis.svg, alt: \"Un doigt appuie sur le lien\" }\n", string.Empty)
            .Edit(Paths.SingleChoice, "  - { id: c, text: \"Je réponds au message.\" }\n", string.Empty);

        Assert.Contains("needs 2 to 5", Single(temp.Load(), Paths.SingleChoice, RuleIds.ChoiceCount).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_choice_with_seven_choices_is_reported()
    {
        var extra = string.Concat(Enumerable.Range(0, 4).Select(i => $"  - {{ id: x{i}, text: \"Autre {i}\" }}\n"));
        using var temp = new TempBank().Edit(Paths.MultipleChoice, "answer: [a, b]", extra.TrimEnd('\n') + "\nanswer: [a, b]");

        Assert.Contains("needs 3 to 6", Single(temp.Load(), Paths.MultipleChoice, RuleIds.ChoiceCount).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordering_with_two_steps_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.Ordering, "  - { id: a, text: \"Je porte plainte.\" }\n", string.Empty)
            .Edit(Paths.Ordering, "answer: [b, c, a]", "answer: [b, c]");

        Assert.Contains("needs 3 to 5", Single(temp.Load(), Paths.Ordering, RuleIds.ChoiceCount).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_choices_with_the_same_id_are_reported_on_the_second()
    {
        using var temp = new TempBank().Edit(Paths.MultipleChoice, "{ id: c, text: \"Il est écrit", "{ id: b, text: \"Il est écrit");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.MultipleChoice, "Il est écrit"), Single(bank, Paths.MultipleChoice, RuleIds.DuplicateLocalId).Line);
    }

    [Fact]
    public void Multiple_choice_answer_with_an_unknown_id_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.MultipleChoice, "answer: [a, b]", "answer: [a, d]");

        Assert.Contains("'d'", Single(temp.Load(), Paths.MultipleChoice, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_choice_answer_that_is_empty_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.MultipleChoice, "answer: [a, b]", "answer: []");

        Assert.Contains("no choice", Single(temp.Load(), Paths.MultipleChoice, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("answer: [b, c]")]
    [InlineData("answer: [b, b, a]")]
    [InlineData("answer: [b, c, a, a]")]
    public void Ordering_answer_that_is_not_a_permutation_of_the_steps_is_reported(string answer)
    {
        using var temp = new TempBank().Edit(Paths.Ordering, "answer: [b, c, a]", answer);

        Assert.Contains("not an order of all the steps", Single(temp.Load(), Paths.Ordering, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yes_no_answer_other_than_yes_or_no_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "answer: no", "answer: non");

        Assert.Equal(LineOf(temp, Paths.YesNo, "answer:"), Single(temp.Load(), Paths.YesNo, RuleIds.Answer).Line);
    }
}
