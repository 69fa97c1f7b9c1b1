using EvalNumerique.Cli.Input;
using EvalNumerique.Engine.Estimation;

namespace EvalNumerique.Cli.Commands;

/// <summary><c>evalnum estimate --bank FILE</c>: θ and SE for each request line.</summary>
public static class EstimateCommand
{
    public static int Run(Arguments args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var pool = BankFile.Load(args.Required("bank"));
        args.RejectUnknown();
        return RequestLoop.Run("estimate", input, output, error, (line, writer) =>
        {
            var request = EstimationRequest.Parse(line, pool, "estimate", error);
            if (request.Options.Method is EstimationMethod.Mle or EstimationMethod.Wle && request.Responses.Length == 0)
                throw new CliException($"responses: {request.Options.Method.ToString().ToUpperInvariant()} needs at least one response (use EAP or MAP for an empty pattern)");
            var estimate = Estimator.Estimate(pool, request.Responses, request.Options);
            FiniteEstimate.Require(estimate);
            writer.WriteStartObject();
            writer.WriteNumber("theta", estimate.Theta);
            writer.WriteNumber("se", estimate.Se);
            writer.WriteEndObject();
        });
    }
}
