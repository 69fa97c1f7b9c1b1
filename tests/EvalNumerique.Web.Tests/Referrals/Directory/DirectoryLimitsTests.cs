using System.Text;
using EvalNumerique.Web.Features.Referrals.Directory;

namespace EvalNumerique.Web.Tests.Referrals.Directory;

public sealed class DirectoryLimitsTests
{
    [Fact]
    public void A_stream_larger_than_20_MB_is_refused_before_anything_is_read()
    {
        using var stream = new HugeStream(21L * 1024 * 1024);

        var result = LieuxMediationCsvReader.Read(stream, "national.csv");

        Assert.Empty(result.Records);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, DirectoryRowError.FileField), (error.Line, error.Field));
        Assert.Contains("larger than 20 MB", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_while_reading_when_its_size_is_unknown()
    {
        var text = DirectoryCsv.File(Enumerable.Range(1, 200).Select(i => DirectoryCsv.Row($"p{i}")).ToArray());

        var result = DirectoryCsv.Read(text, DirectoryLimits.Default with { MaxBytes = 10_000 });

        Assert.Empty(result.Records);
        Assert.Contains("larger than 10000 bytes", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_rows_than_the_limit_refuses_the_file()
    {
        var text = DirectoryCsv.File(Enumerable.Range(1, 6).Select(i => DirectoryCsv.Row($"p{i}")).ToArray());

        var result = DirectoryCsv.Read(text, DirectoryLimits.Default with { MaxRows = 5 });

        Assert.Empty(result.Records);
        var error = Assert.Single(result.Errors);
        Assert.Equal(7, error.Line);
        Assert.Contains("more than 5 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_value_stops_reading_at_the_line_where_it_starts()
    {
        var text = DirectoryCsv.File(DirectoryCsv.Row("good")) + "\"runaway," + new string('x', 5_000);

        var result = DirectoryCsv.Read(text, DirectoryLimits.Default with { MaxValueChars = 1_000 });

        Assert.Equal("good", Assert.Single(result.Records).SourceId);
        Assert.Equal(3, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void A_first_line_that_never_ends_is_refused_as_not_a_csv()
    {
        var result = DirectoryCsv.ReadBytes(Encoding.UTF8.GetBytes(new string('a', 70_000)));

        Assert.Contains("does not look like a CSV", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_stream_larger_than_the_limit_is_refused()
    {
        using var stream = new HugeStream(21L * 1024 * 1024);

        var result = DataInclusionJsonReader.Read(stream, null, "structures.json");

        Assert.Empty(result.Records);
        Assert.Contains("larger than 20 MB", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    /// <summary>Says it is long, holds nothing: proves the size check runs before any read or allocation.</summary>
    private sealed class HugeStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            Array.Fill(buffer, (byte)'a', offset, n);
            Position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
