using Bunit;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Mediation.People;

public sealed class PersonNotesTests : ComponentTest
{
    // Dates follow the page's culture (set by request localisation in the app).
    public PersonNotesTests() => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void An_empty_note_is_not_sent_and_the_field_says_why()
    {
        var sent = new List<string>();
        var cut = Context.Render<PersonNotes>(p => p.Add(x => x.Notes, []).Add(x => x.Add, text =>
        {
            sent.Add(text);
            return Task.FromResult<string?>(null);
        }));

        cut.Find("#note-text").Input("   ");
        cut.Find("form").Submit();

        Assert.Empty(sent);
        Assert.Equal("Écrivez la note avant de l'ajouter.", cut.Find("#note-message").TextContent);
    }

    [Fact]
    public void A_note_is_sent_trimmed_and_the_field_is_emptied()
    {
        var sent = new List<string>();
        var cut = Context.Render<PersonNotes>(p => p.Add(x => x.Notes, []).Add(x => x.Add, text =>
        {
            sent.Add(text);
            return Task.FromResult<string?>(null);
        }));

        cut.Find("#note-text").Input("  Rendez-vous CAF mardi ");
        Assert.Contains("24 / 4000", cut.Find("#note-count").TextContent, StringComparison.Ordinal);
        cut.Find("form").Submit();

        Assert.Equal(["Rendez-vous CAF mardi"], sent);
        Assert.Equal("", cut.Find("#note-text").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Notes_show_their_author_and_date()
    {
        var at = new DateTimeOffset(2026, 11, 23, 13, 5, 0, TimeSpan.Zero); // 14:05 in Paris
        var cut = Context.Render<PersonNotes>(p => p
            .Add(x => x.Notes, [new PersonNote(1, "Awa", at, "Atelier e-mail")])
            .Add(x => x.Add, _ => Task.FromResult<string?>(null)));

        var note = cut.Find(".note");
        Assert.Contains("Awa, le 23/11/2026 14:05", note.TextContent.Replace('\u202f', ' '), StringComparison.Ordinal);
        Assert.Contains("Atelier e-mail", note.TextContent, StringComparison.Ordinal);
    }
}
