using EvalNumerique.Cli.Input;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Selection;

namespace EvalNumerique.Cli.Commands;

/// <summary>
/// <c>evalnum next --bank FILE</c>: for each request line, the item of maximum Fisher information
/// at the current estimate (the prior mean before any answer) among items neither answered nor
/// excluded; ties go to the item listed first.
/// </summary>
public static class NextCommand
{
    public static int Run(Arguments args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var pool = BankFile.Load(args.Required("bank"));
        args.RejectUnknown();
        return RequestLoop.Run("next", input, output, error, (line, writer) =>
        {
            var request = EstimationRequest.Parse(line, pool, "next", error);
            var estimate = request.Responses.Length == 0
                ? new ThetaEstimate(request.Options.Prior.Mean, request.Options.Prior.Sd)
                : Estimator.Estimate(pool, request.Responses, request.Options);
            FiniteEstimate.Require(estimate);
            var blocked = new bool[pool.Count];
            foreach (var response in request.Responses) blocked[response.Item] = true;
            foreach (int item in request.Exclude) blocked[item] = true;
            int next = MaximumInformation.Select(pool, estimate.Theta, blocked);
            if (next < 0) throw new CliException("no item left: every item of the bank is answered or excluded");
            writer.WriteStartObject();
            writer.WriteString("item", pool.Ids[next]);
            writer.WriteNumber("theta", estimate.Theta);
            writer.WriteNumber("se", estimate.Se);
            writer.WriteNumber("information", pool.Information(next, estimate.Theta));
            writer.WriteEndObject();
        });
    }
}
