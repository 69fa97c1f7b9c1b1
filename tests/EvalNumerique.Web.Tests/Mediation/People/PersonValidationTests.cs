using System.Xml.Linq;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Mediation.People;

public sealed class PersonValidationTests
{
    private static readonly IReadOnlySet<int> MyStructures = new HashSet<int> { 1 };

    private static IReadOnlyDictionary<PersonField, string> Validate(string nickname, int? decade = null, string reference = "", int? structure = 1) =>
        PersonValidation.Validate(new PersonInput { Nickname = nickname, BirthDecade = decade, LocalReference = reference, StructureId = structure }, MyStructures);

    [Fact]
    public void A_nickname_alone_is_enough()
    {
        Assert.Empty(Validate("Mireille"));
        Assert.Empty(Validate("Mireille", 1950, "DOS-2026-0042"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_nickname_is_required(string nickname)
    {
        Assert.Equal("NicknameRequired", Validate(nickname)[PersonField.Nickname]);
    }

    [Fact]
    public void The_nickname_has_sixty_characters_at_most()
    {
        Assert.Empty(Validate(new string('a', 60)));
        Assert.Equal("NicknameTooLong", Validate(new string('a', 61))[PersonField.Nickname]);
    }

    [Theory]
    [InlineData("185057512345678")] // NIR with its key
    [InlineData("1850575123456")] // NIR without its key
    [InlineData("1 85 05 75 123 456 78")]
    [InlineData("1.85.05.75.123.456-78")]
    [InlineData("2 85 05 2A 123 456 78")] // Corsica
    [InlineData("sécu 185057512345678")]
    public void A_reference_that_looks_like_a_social_security_number_is_refused(string reference)
    {
        Assert.True(PersonValidation.LooksLikeNationalNumber(reference));
        Assert.Equal("ReferenceLooksLikeNir", Validate("Mireille", reference: reference)[PersonField.LocalReference]);
    }

    [Theory]
    [InlineData("DOS-2026-0042")]
    [InlineData("123456789012")] // 12 digits: not a NIR
    [InlineData("2026/11/23-17")]
    public void An_ordinary_file_reference_is_accepted(string reference)
    {
        Assert.False(PersonValidation.LooksLikeNationalNumber(reference));
        Assert.Empty(Validate("Mireille", reference: reference));
    }

    [Fact]
    public void The_reference_has_forty_characters_at_most()
    {
        Assert.Equal("ReferenceTooLong", Validate("Mireille", reference: new string('x', 41))[PersonField.LocalReference]);
    }

    [Theory]
    [InlineData(1920)]
    [InlineData(1955)]
    [InlineData(2020)]
    public void Only_a_decade_of_the_list_is_accepted(int decade)
    {
        Assert.Equal("DecadeInvalid", Validate("Mireille", decade)[PersonField.BirthDecade]);
    }

    [Fact]
    public void The_decades_offered_run_from_1930_to_2010()
    {
        Assert.Equal([1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010], PersonValidation.Decades);
    }

    [Fact]
    public void The_structure_is_required_and_must_be_one_of_the_staff_members()
    {
        Assert.Equal("StructureRequired", Validate("Mireille", structure: null)[PersonField.Structure]);
        Assert.Equal("StructureNotYours", Validate("Mireille", structure: 2)[PersonField.Structure]);
    }

    [Fact]
    public void Every_message_key_has_its_french_and_english_text()
    {
        // The form shows these keys through PeopleText; a missing key would show the key itself.
        var keys = new[]
        {
            Validate(""), Validate(new string('a', 61)), Validate("M", 1955), Validate("M", reference: new string('x', 41)),
            Validate("M", reference: "185057512345678"), Validate("M", structure: null), Validate("M", structure: 2),
        }.SelectMany(errors => errors.Values).Concat(["NoteRequired", "NoteTooLong", "Saved"]).ToHashSet();
        Assert.Equal(10, keys.Count);
        foreach (string file in new[] { "PeopleText.resx", "PeopleText.en.resx" })
        {
            var names = XDocument.Load(Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Resources", file))
                .Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
            Assert.All(keys, key => Assert.Contains(key, names));
        }
    }
}
