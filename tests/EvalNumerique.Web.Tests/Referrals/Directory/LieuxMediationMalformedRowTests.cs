using EvalNumerique.Web.Features.Referrals.Directory;

namespace EvalNumerique.Web.Tests.Referrals.Directory;

// Each case: a good row (line 2), the bad row (line 3), a good row (line 4). The bad row must be
// skipped and listed with its line and field; both good rows must be kept.
// Patterns checked against LaMednum/standard-mediation-num schema.json: code_postal ^\d{5}$,
// code_insee ^([013-9]\d|2[AB1-9])\d{3}$, date_maj ISO 8601 date, id unique.
public sealed class LieuxMediationMalformedRowTests
{
    public static TheoryData<string, string, string> BadValues => new()
    {
        { "id", "", "is empty" },
        { "nom", "  ", "is empty" },
        { "adresse", "", "is empty" },
        { "commune", "", "is empty" },
        { "code_postal", "", "is empty" },
        { "code_postal", "1100", "leading 0" },
        { "code_postal", "751 01", "5 digits" },
        { "code_insee", "2C004", "Corsica" },
        { "code_insee", "ABCDE", "Corsica" },
        { "latitude", "48,85x", "use a dot as decimal separator" },
        { "longitude", "east", "use a dot as decimal separator" },
        { "latitude", "123.4", "outside -90 to 90" },
        { "longitude", "-190", "outside -180 to 180" },
        { "date_maj", "02/06/2022", "YYYY-MM-DD" },
        { "date_maj", "2022-13-02", "YYYY-MM-DD" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_skips_its_row_with_line_and_field_and_keeps_the_good_rows(string column, string value, string messagePart)
    {
        var csv = DirectoryCsv.File(DirectoryCsv.Row("before"), DirectoryCsv.Row("bad", (column, value)), DirectoryCsv.Row("after"));

        var result = DirectoryCsv.Read(csv);

        Assert.Equal(["before", "after"], result.Records.Select(r => r.SourceId));
        Assert.Equal(3, result.RowsRead);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, column), (error.Line, error.Field));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2A004")]
    [InlineData("2b033")]
    [InlineData("97411")]
    public void Corsican_and_overseas_insee_codes_are_accepted(string code)
    {
        var result = DirectoryCsv.Read(DirectoryCsv.File(DirectoryCsv.Row("corse", ("code_insee", code))));

        Assert.Empty(result.Errors);
        Assert.Equal(code.ToUpperInvariant(), Assert.Single(result.Records).InseeCode);
    }

    [Fact]
    public void A_second_row_with_the_same_id_is_skipped_and_points_to_the_first()
    {
        var csv = DirectoryCsv.File(DirectoryCsv.Row("same"), DirectoryCsv.Row("other"), DirectoryCsv.Row("same", ("nom", "Doublon (fictif)")));

        var result = DirectoryCsv.Read(csv);

        Assert.Equal(["same", "other"], result.Records.Select(r => r.SourceId));
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "id"), (error.Line, error.Field));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_skipped()
    {
        var csv = DirectoryCsv.File(DirectoryCsv.Row("before"), DirectoryCsv.Row("short") + ",\"extra\"", DirectoryCsv.Row("after"));

        var result = DirectoryCsv.Read(csv);

        Assert.Equal(["before", "after"], result.Records.Select(r => r.SourceId));
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "columns"), (error.Line, error.Field));
        Assert.Contains("33 values but the header has 32 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_decimal_comma_in_a_comma_file_fails_the_column_count()
    {
        var csv = "id,nom,adresse,code_postal,commune,latitude,longitude\nok,Lieu (fictif),1 rue A,75011,Paris,48.85,2.35\nbad,Lieu (fictif),2 rue B,75011,Paris,48,85,2.35\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Equal("ok", Assert.Single(result.Records).SourceId);
        Assert.Equal((3, "columns"), (result.Errors[0].Line, result.Errors[0].Field));
    }

    [Fact]
    public void Every_problem_of_a_bad_row_is_listed_and_its_warnings_are_not()
    {
        var csv = DirectoryCsv.File(DirectoryCsv.Row("bad", ("nom", ""), ("code_postal", "ABCDE"), ("site_web", "not a url")));

        var result = DirectoryCsv.Read(csv);

        Assert.Empty(result.Records);
        Assert.Equal(["nom", "code_postal"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_at_the_line_where_it_opens()
    {
        var csv = DirectoryCsv.File(DirectoryCsv.Row("good")) + "\"broken,Lieu (fictif)\nthe rest of the file has no quote\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Equal("good", Assert.Single(result.Records).SourceId);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, DirectoryRowError.FileField), (error.Line, error.Field));
        Assert.Contains("closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_still_counted_for_line_numbers()
    {
        var csv = DirectoryCsv.Header() + "\n\n" + DirectoryCsv.Row("a") + "\n\n\n" + DirectoryCsv.Row("b", ("code_postal", "x")) + "\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Equal(3, Assert.Single(result.Records).SourceLine);
        Assert.Equal(6, Assert.Single(result.Errors).Line);
        Assert.Equal(2, result.RowsRead);
    }
}
