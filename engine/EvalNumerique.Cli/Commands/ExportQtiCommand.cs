using System.Text.Encodings.Web;
using System.Text.Json;
using EvalNumerique.Cli.Input;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Qti;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// <c>evalnum export-qti [--itembank DIR] --out FILE.zip</c>: writes the bank's items as an IMS QTI 3.0 content
/// package and prints a JSON report (what was exported, with any approximation, and what was not, with the reason).
/// Items with errors are not loaded, so not exported; exit 1 then (the report counts them), else 0.
/// </summary>
public static class ExportQtiCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(Arguments args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string folder = ItembankFolder.Resolve(args.Optional("itembank"));
        string target = Path.GetFullPath(args.Required("out"));
        args.RejectUnknown();
        if (!target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            throw new CliException($"--out: '{target}' must be a .zip file");

        var bank = ItemBankLoader.Load(folder);
        // Written beside the target, then moved: a failed export never leaves half a package under the final name.
        string temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        QtiExportReport report;
        using (var file = File.Create(temporary))
            report = QtiPackageWriter.Write(bank.Items, bank.Root, file);
        File.Move(temporary, target, overwrite: true);

        int errors = bank.Errors.Count();
        output.WriteLine(JsonSerializer.Serialize(new
        {
            output = target,
            items = bank.ItemFileCount,
            exported = report.Exported.Count,
            notExported = report.NotExported.Count,
            bankErrors = errors,
            metadata = QtiExportReport.Metadata,
            exportedItems = report.Exported,
            notExportedItems = report.NotExported,
        }, Json));
        return errors > 0 ? 1 : 0;
    }
}
