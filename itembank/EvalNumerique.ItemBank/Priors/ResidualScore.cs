using Microsoft.ML.Data;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>The ML.NET regression output: the predicted residual from the rule.</summary>
internal sealed class ResidualScore
{
    [ColumnName("Score")]
    public float Score { get; set; }
}
