using Bunit;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Mediation.People;

public sealed class PersonFormTests : ComponentTest
{
    private static readonly IReadOnlyDictionary<PersonField, string> NoErrors = new Dictionary<PersonField, string>();

    private readonly List<PersonInput> _saved = [];

    private IRenderedComponent<PersonForm> RenderNewPersonForm(params StructureChoice[] structures)
    {
        var input = new PersonInput();
        if (structures.Length == 1) input.StructureId = structures[0].Id; // as the page does
        return Context.Render<PersonForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.Structures, structures)
            .Add(x => x.SubmitLabel, "Créer")
            .Add(x => x.FormName, "new-person")
            .Add(x => x.Save, i =>
            {
                _saved.Add(i);
                return Task.FromResult(NoErrors);
            }));
    }

    private static string MessageOf(IRenderedComponent<PersonForm> cut, string fieldId)
    {
        var field = cut.Find($"#{fieldId}");
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        string messageId = field.GetAttribute("aria-describedby")!.Split(' ').Single(id => id.EndsWith("-message", StringComparison.Ordinal));
        return cut.Find($"#{messageId}").TextContent;
    }

    [Fact]
    public void Saving_without_a_nickname_says_so_next_to_the_field_and_saves_nothing()
    {
        var cut = RenderNewPersonForm(new StructureChoice(1, "CCAS A", false));

        cut.Find("form").Submit();

        Assert.Equal("Indiquez un prénom ou un surnom.", MessageOf(cut, "new-person-nickname"));
        Assert.Contains("Certains champs sont à revoir", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_saved);
    }

    [Fact]
    public void A_social_security_number_as_reference_is_refused_with_a_kind_explanation()
    {
        var cut = RenderNewPersonForm(new StructureChoice(1, "CCAS A", false));

        cut.Find("#new-person-nickname").Change("Mireille");
        cut.Find("#new-person-reference").Change("1 85 05 75 123 456 78");
        cut.Find("form").Submit();

        Assert.StartsWith("Ce numéro ressemble à un numéro de sécurité sociale.", MessageOf(cut, "new-person-reference"), StringComparison.Ordinal);
        Assert.Null(cut.Find("#new-person-nickname").GetAttribute("aria-invalid"));
        Assert.Empty(_saved);
    }

    [Fact]
    public void The_hints_say_never_the_surname_and_never_a_social_security_number()
    {
        var cut = RenderNewPersonForm(new StructureChoice(1, "CCAS A", false));
        Assert.Contains("jamais le nom de famille", cut.Find("#new-person-nickname-hint").TextContent, StringComparison.Ordinal);
        Assert.Contains("numéro de sécurité sociale", cut.Find("#new-person-reference-hint").TextContent, StringComparison.Ordinal);
        Assert.Equal("années 1950", cut.FindAll("#new-person-decade option").Single(o => o.GetAttribute("value") == "1950").TextContent);
    }

    [Fact]
    public void With_several_structures_one_must_be_chosen()
    {
        var cut = RenderNewPersonForm(new StructureChoice(1, "CCAS A", false), new StructureChoice(2, "Centre démo", true));
        Assert.Contains("(démonstration)", cut.Find("#new-person-structure").TextContent, StringComparison.Ordinal);

        cut.Find("#new-person-nickname").Change("Mireille");
        cut.Find("form").Submit();
        Assert.Equal("Choisissez la structure qui suit la personne.", MessageOf(cut, "new-person-structure"));

        cut.Find("#new-person-structure").Change("2");
        cut.Find("form").Submit();
        var saved = Assert.Single(_saved);
        Assert.Equal(2, saved.StructureId);
    }

    [Fact]
    public void A_valid_record_is_handed_to_the_server_with_what_was_typed()
    {
        var cut = RenderNewPersonForm(new StructureChoice(7, "CCAS A", false));

        cut.Find("#new-person-nickname").Change("Mireille");
        cut.Find("#new-person-decade").Change("1950");
        cut.Find("#new-person-reference").Change("DOS-42");
        cut.Find("form").Submit();

        var saved = Assert.Single(_saved);
        Assert.Equal(("Mireille", (int?)1950, "DOS-42", (int?)7), (saved.Nickname, saved.BirthDecade, saved.LocalReference, saved.StructureId));
        Assert.Empty(cut.FindAll(".field-message"));
    }

    [Fact]
    public void A_refusal_from_the_server_is_shown_next_to_its_field()
    {
        var cut = Context.Render<PersonForm>(p => p
            .Add(x => x.Input, new PersonInput { StructureId = 1 })
            .Add(x => x.Structures, [new StructureChoice(1, "CCAS A", false)])
            .Add(x => x.SubmitLabel, "Créer")
            .Add(x => x.Save, _ => Task.FromResult<IReadOnlyDictionary<PersonField, string>>(
                new Dictionary<PersonField, string> { [PersonField.Structure] = "StructureNotYours" })));

        cut.Find("#person-nickname").Change("Mireille");
        cut.Find("form").Submit();

        Assert.Equal("Vous pouvez créer une fiche seulement dans vos structures.", MessageOf(cut, "person-structure"));
    }

    [Fact]
    public void The_edit_form_has_no_structure_field_and_can_be_cancelled()
    {
        bool cancelled = false;
        var cut = Context.Render<PersonForm>(p => p
            .Add(x => x.Input, new PersonInput { Nickname = "Mireille" })
            .Add(x => x.SubmitLabel, "Enregistrer")
            .Add(x => x.Save, _ => Task.FromResult(NoErrors))
            .Add(x => x.OnCancel, () => cancelled = true));

        Assert.Empty(cut.FindAll("#person-structure"));
        cut.FindAll("button").Single(b => b.TextContent == "Annuler").Click();
        Assert.True(cancelled);
    }
}
