using System.Text;
using EvalNumerique.Web.Features.Privacy;

namespace EvalNumerique.Web.Tests.Privacy;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("a,b", "a,b")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Text_cells_are_quoted_as_RFC_4180_says(string value, string written) =>
        Assert.Equal(written, CsvWriter.Escape(CsvCell.Text(value)));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string value, string written) =>
        Assert.Equal(written, CsvWriter.Escape(CsvCell.Text(value)));

    [Fact]
    public void Numbers_we_write_stay_numbers_with_a_french_decimal_comma_even_when_negative()
    {
        Assert.Equal("-0,531", CsvWriter.Escape(CsvCell.Number(-0.5312)));
        Assert.Equal("-0,53", CsvWriter.Escape(CsvCell.Number(-0.5312, decimals: 2)));
        Assert.Equal("1,2", CsvWriter.Escape(CsvCell.Number(1.2)));
        Assert.Equal("", CsvWriter.Escape(CsvCell.Number(double.NaN)));
        Assert.Equal("1950", CsvWriter.Escape(CsvCell.Number(1950)));
        Assert.Equal("", CsvWriter.Escape(CsvCell.Number((int?)null)));
    }

    [Fact]
    public void Dates_are_written_in_utc_as_excel_reads_them()
    {
        var date = new DateTimeOffset(2026, 3, 1, 15, 5, 0, TimeSpan.FromHours(1));
        Assert.Equal("2026-03-01 14:05:00", CsvWriter.Escape(CsvCell.Date(date)));
    }

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_semicolons_and_crlf()
    {
        byte[] bytes = new CsvWriter().Row("pseudonyme", "décennie").Row("P-1", CsvCell.Number(1960)).ToBytes();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("pseudonyme;décennie\r\nP-1;1960\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
