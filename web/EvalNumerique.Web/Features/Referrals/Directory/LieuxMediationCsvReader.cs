using System.Globalization;
using System.Text;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Reads a CSV file of the national standard "Lieux de médiation numérique" (La MedNum / ANCT,
/// schema v1.0.x: LaMednum/standard-mediation-num) into <see cref="DirectoryRecord"/>s.
/// </summary>
/// <remarks>
/// <para>Delimiter: "," as the schema says, or ";" as French spreadsheets save, chosen from the header.
/// Header names are matched without case; unknown columns are ignored with one warning each.
/// A missing required column (<see cref="LieuxMediationColumns.Required"/>) refuses the file.</para>
/// <para>Rows with a missing required value, a bad postal or INSEE code, a coordinate that is not a
/// number or out of range, a bad <c>date_maj</c>, an id already used or the wrong number of values
/// are skipped and listed; the other rows are kept.</para>
/// <para>Decimal comma in coordinates ("46,5012") is read, with a warning: in a ";" file it is what a
/// French spreadsheet writes, a coordinate has no thousands separator so the value is unambiguous,
/// and refusing it would drop whole territories for a formatting detail. In a "," file an unquoted
/// decimal comma splits the value and the row fails the column count, which says what to fix.</para>
/// </remarks>
public static class LieuxMediationCsvReader
{
    public static DirectoryReadResult Read(Stream stream, string fileName, DirectoryLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= DirectoryLimits.Default;
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
            return DirectoryReadResult.Refused(TooLarge(fileName, limits, stream.Length - stream.Position));
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 8192, leaveOpen: true);
        return Read(reader, fileName, limits);
    }

    public static DirectoryReadResult Read(TextReader reader, string fileName, DirectoryLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits ??= DirectoryLimits.Default;
        var warnings = new List<DirectoryRowError>();

        var headerLine = CsvHeader.ReadFirstLine(reader, limits.MaxValueChars, out var headerTooLong);
        if (headerTooLong)
            return DirectoryReadResult.Refused(new(1, DirectoryRowError.FileField, $"The first line of \"{fileName}\" never ends; this does not look like a CSV file. Save it as \"CSV UTF-8\" and import it again."));
        if (headerLine is null || headerLine.Trim('\uFEFF', ' ').Length == 0)
            return DirectoryReadResult.Refused(new(1, DirectoryRowError.FileField, $"\"{fileName}\" is empty; its first line must name the columns (id, nom, adresse, code_postal, commune…)."));

        var delimiter = CsvHeader.DetectDelimiter(headerLine);
        var headerValues = new CsvRecordReader(new StringReader(headerLine.TrimStart('\uFEFF')), delimiter, limits).Read()?.Values ?? [];
        var columns = MapColumns(headerValues, warnings, out var headerError);
        if (headerError is not null) return DirectoryReadResult.Refused(headerError, warnings);

        var records = new List<DirectoryRecord>();
        var errors = new List<DirectoryRowError>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowsRead = 0;
        var warnedEncoding = false;
        var csv = new CsvRecordReader(reader, delimiter, limits, firstLine: 2);
        while (csv.Read() is { } row)
        {
            if (++rowsRead > limits.MaxRows)
                return DirectoryReadResult.Refused(new(row.Line, DirectoryRowError.FileField, $"\"{fileName}\" has more than {limits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows, the most one import accepts. Import only your territory, or split the file."), warnings, rowsRead);
            if (row.HasReplacementCharacter && !warnedEncoding)
            {
                warnedEncoding = true;
                warnings.Add(new(row.Line, DirectoryRowError.FileField, "This line has characters that are not UTF-8 (accents shown as �): the file was probably saved in another encoding. Save it as \"CSV UTF-8\" and import it again."));
            }
            if (row.Values.Count != headerValues.Count)
            {
                errors.Add(new(row.Line, "columns", $"This row has {row.Values.Count} values but the header has {headerValues.Count} columns; the row was skipped. Look for a missing or extra \"{delimiter}\", or a value with \"{delimiter}\" that is not between quotes."));
                continue;
            }
            var report = new RowReport(row.Line);
            var record = LieuxMediationRow.Parse(name => columns.TryGetValue(name, out var index) ? row.Values[index] : "", report);
            var id = columns.TryGetValue(LieuxMediationColumns.Id, out var idIndex) ? row.Values[idIndex].Trim() : "";
            if (id.Length > 0 && !firstLineOfId.TryAdd(id, row.Line))
                report.Error(LieuxMediationColumns.Id, $"id \"{id}\" is already used on line {firstLineOfId[id]}; each place needs its own id. This row was skipped.");
            if (report.HasErrors || record is null)
            {
                errors.AddRange(report.Errors);
                continue;
            }
            warnings.AddRange(report.Warnings);
            records.Add(record);
        }

        switch (csv.Failure)
        {
            case CsvReadFailure.FileTooLarge:
                return DirectoryReadResult.Refused(TooLarge(fileName, limits, null), warnings, rowsRead);
            case CsvReadFailure.UnclosedQuote:
                errors.Add(new(csv.FailureLine, DirectoryRowError.FileField, $"A quoted value starts on line {csv.FailureLine} and its closing quote (\") is missing, so the rest of the file could not be read. Close the quote, or double it (\"\") inside the value."));
                break;
            case CsvReadFailure.ValueTooLong:
                errors.Add(new(csv.FailureLine, DirectoryRowError.FileField, $"A value longer than {limits.MaxValueChars.ToString("N0", CultureInfo.InvariantCulture)} characters starts on line {csv.FailureLine}; this usually means a quote (\") is not closed. The rest of the file could not be read."));
                break;
        }
        return new DirectoryReadResult(records, errors, warnings, rowsRead);
    }

    private static Dictionary<string, int> MapColumns(IReadOnlyList<string> header, List<DirectoryRowError> warnings, out DirectoryRowError? error)
    {
        error = null;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var raw = header[i].Trim().Trim('\uFEFF');
            if (raw.Length == 0) continue;
            var name = raw.ToLowerInvariant();
            name = LieuxMediationColumns.Aliases.GetValueOrDefault(name, name);
            if (!LieuxMediationColumns.Known.Contains(name))
            {
                warnings.Add(new(1, raw, $"Column \"{raw}\" is not part of the schema; it was ignored."));
                continue;
            }
            if (!columns.TryAdd(name, i))
            {
                error = new(1, "header", $"Column \"{name}\" appears twice in the header (columns {columns[name] + 1} and {i + 1}); keep only one.");
                return columns;
            }
        }
        var missing = LieuxMediationColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            error = new(1, "header", $"The header has no column {string.Join(", ", missing)}. These columns are required; check the spelling of the first line (found: {string.Join(", ", header.Select(h => h.Trim()))}).");
            return columns;
        }
        foreach (var expected in LieuxMediationColumns.Expected.Where(c => !columns.ContainsKey(c)))
            warnings.Add(new(1, expected, $"The schema asks for a column \"{expected}\"; it is missing, so this information is empty for every place."));
        return columns;
    }

    private static DirectoryRowError TooLarge(string fileName, DirectoryLimits limits, long? bytes)
    {
        var size = bytes is { } b ? $" ({(b / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB)" : "";
        return new(1, DirectoryRowError.FileField, $"\"{fileName}\"{size} is larger than {limits.MaxBytesText}, the most one import accepts. Import only your territory, or split the file.");
    }
}
