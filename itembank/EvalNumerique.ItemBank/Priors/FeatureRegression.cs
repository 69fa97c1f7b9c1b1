using EvalNumerique.ItemBank.Items;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// One ML.NET regression from <see cref="ItemFeatures"/> to a <see cref="PriorTarget"/>'s residual from its rule:
/// one-hot type, domain and competence, concatenated with the numeric features, standardised (mean 0, variance 1),
/// then a linear model fitted by SDCA with an L2 penalty (Shalev-Shwartz &amp; Zhang, 2013, "Stochastic Dual
/// Coordinate Ascent Methods for Regularized Loss Minimization", JMLR 14). Linear because a bank has tens to
/// hundreds of calibrated items, too few for trees to beat a penalised linear model, and because the weights
/// read as an LLTM-like account of what makes an item hard; SDCA because it is the core package's regression
/// that solves exactly this convex problem (FastTree and OLS need extra packages, OLS native MKL). One thread
/// and a seeded <see cref="MLContext"/> make every fit reproducible.
/// </summary>
internal sealed class FeatureRegression
{
    private const string FeaturesColumn = "Features";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly Lock _gate = new();

    private FeatureRegression(MLContext ml, ITransformer model, PriorTarget target, int trainingCount)
    {
        _ml = ml;
        _model = model;
        Target = target;
        TrainingCount = trainingCount;
    }

    /// <summary>The parameter predicted.</summary>
    public PriorTarget Target { get; }

    /// <summary>How many items it was trained on.</summary>
    public int TrainingCount { get; }

    /// <summary>Fits the target's residual on these items, which must all be calibrated.</summary>
    public static FeatureRegression Train(IReadOnlyList<Item> items, PriorTarget target, PriorOptions options)
    {
        var ml = new MLContext(seed: options.Seed);
        var rows = items.Select(i => FeatureRow.From(ItemFeatures.From(i), target.ObservedResidual(i))).ToList();
        var oneHot = FeatureRow.CategoricalColumns.Select(c => new InputOutputColumnPair(c + "OneHot", c)).ToArray();
        string[] inputs = [.. oneHot.Select(p => p.OutputColumnName), .. FeatureRow.NumericColumns];
        var trainer = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = FeaturesColumn,
            L2Regularization = options.L2Regularization,
            L1Regularization = 0,
            MaximumNumberOfIterations = options.MaximumIterations,
            NumberOfThreads = 1,
            Shuffle = true,
        });
        var pipeline = ml.Transforms.Categorical.OneHotEncoding(oneHot)
            .Append(ml.Transforms.Concatenate(FeaturesColumn, inputs))
            .Append(ml.Transforms.NormalizeMeanVariance(FeaturesColumn, fixZero: false))
            .Append(trainer);
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
        return new FeatureRegression(ml, model, target, rows.Count);
    }

    /// <summary>The predicted residuals from the rule, in the order of <paramref name="items"/>.</summary>
    public double[] PredictResiduals(IReadOnlyList<Item> items)
    {
        var rows = items.Select(i => FeatureRow.From(ItemFeatures.From(i), 0)).ToList();
        // One MLContext serves every call; the lock keeps a model shared by web requests safe.
        lock (_gate)
        {
            var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows));
            return [.. _ml.Data.CreateEnumerable<ResidualScore>(scored, reuseRowObject: false).Select(s => (double)s.Score)];
        }
    }

    /// <summary>The predicted parameter of one item: the rule's value moved by the predicted residual.</summary>
    public double Predict(Item item) => Target.FromResidual(PredictResiduals([item])[0], Target.Rule(item));
}
