using System.Text;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Streams RFC 4180 records from text: quoted values, doubled quotes, line breaks inside quotes,
/// CRLF, LF or lone CR. Tracks the physical line of each record so errors point at the line an
/// editor shows. Lenient where real files are sloppy: a quote inside an unquoted value is kept as
/// text, and text after a closing quote is appended. Blank lines are skipped.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly DirectoryLimits _limits;
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _value = new();
    private int _length;
    private int _position;
    private long _charsRead;
    private int _line;

    public CsvRecordReader(TextReader reader, char delimiter, DirectoryLimits limits, int firstLine = 1)
    {
        _reader = reader;
        _delimiter = delimiter;
        _limits = limits;
        _line = firstLine;
    }

    public CsvReadFailure Failure { get; private set; }

    /// <summary>The line where the record that failed starts.</summary>
    public int FailureLine { get; private set; }

    /// <summary>The physical line the reader is on (one past the last when the file ends with a line break).</summary>
    public int Line => _line;

    /// <summary>Reads the next non-blank record; null at the end of the text or after a failure.</summary>
    public CsvRecord? Read()
    {
        while (Failure == CsvReadFailure.None)
        {
            if (Peek() < 0) return null;
            var start = _line;
            var values = new List<string>();
            var replacement = false;
            var blank = ReadRecord(values, ref replacement);
            if (Failure != CsvReadFailure.None)
            {
                FailureLine = start;
                return null;
            }
            if (!blank) return new CsvRecord(start, values, replacement);
        }
        return null;
    }

    /// <summary>Reads one record into <paramref name="values"/>; true when the line was blank.</summary>
    private bool ReadRecord(List<string> values, ref bool replacement)
    {
        _value.Clear();
        var quoted = false;
        var afterClosingQuote = false;
        var sawAnything = false;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                if (Failure != CsvReadFailure.None) return false;
                if (quoted)
                {
                    Failure = CsvReadFailure.UnclosedQuote;
                    return false;
                }
                values.Add(_value.ToString());
                return !sawAnything;
            }
            if (c == '\uFFFD') replacement = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                }
                else if (c == '\r' || c == '\n')
                {
                    EndOfLine(c);
                    Append('\n');
                }
                else
                {
                    Append((char)c);
                }
            }
            else if (c == _delimiter)
            {
                sawAnything = true;
                values.Add(_value.ToString());
                _value.Clear();
                afterClosingQuote = false;
            }
            else if (c == '\r' || c == '\n')
            {
                EndOfLine(c);
                values.Add(_value.ToString());
                return !sawAnything;
            }
            else if (c == '"' && _value.Length == 0 && !afterClosingQuote)
            {
                sawAnything = true;
                quoted = true;
            }
            else
            {
                sawAnything = true;
                Append((char)c);
            }
            if (Failure != CsvReadFailure.None) return false;
        }
    }

    private void EndOfLine(int c)
    {
        if (c == '\r' && Peek() == '\n') Next();
        _line++;
    }

    private void Append(char c)
    {
        if (_value.Length >= _limits.MaxValueChars)
        {
            Failure = CsvReadFailure.ValueTooLong;
            return;
        }
        _value.Append(c);
    }

    private int Peek()
    {
        if (_position < _length) return _buffer[_position];
        if (!Fill()) return -1;
        return _buffer[_position];
    }

    private int Next()
    {
        if (_position >= _length && !Fill()) return -1;
        return _buffer[_position++];
    }

    private bool Fill()
    {
        if (Failure != CsvReadFailure.None) return false;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length <= 0)
        {
            _length = 0;
            return false;
        }
        _charsRead += _length;
        if (_charsRead > _limits.MaxBytes)
        {
            Failure = CsvReadFailure.FileTooLarge;
            _length = 0;
            return false;
        }
        return true;
    }
}
