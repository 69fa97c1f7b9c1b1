using EvalNumerique.Cli.Input;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// <c>evalnum validate [--itembank DIR] [--json]</c>: loads and checks the item bank; prints the
/// counts and every problem as <c>file:line: severity: message</c>; exit 1 when there is an error.
/// </summary>
public static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        string folder = ItembankFolder.Resolve(args.Optional("itembank"));
        bool json = args.Switch("json");
        args.RejectUnknown();
        return BankCheck.Run(folder, output, json);
    }
}
