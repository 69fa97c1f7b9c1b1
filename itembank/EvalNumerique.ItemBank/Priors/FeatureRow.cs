using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>One item as an ML.NET row: the <see cref="ItemFeatures"/> as strings and floats, and the residual to learn.</summary>
internal sealed class FeatureRow
{
    public string Type { get; set; } = "";
    public string Domain { get; set; } = "";
    public string Competence { get; set; } = "";
    public float LevelRuleDifficulty { get; set; }
    public float ResponseOptions { get; set; }
    public float RequiredActions { get; set; }
    public float StemWords { get; set; }
    public float AudioWords { get; set; }
    public float Readability { get; set; }
    public float HasPicture { get; set; }
    public float IsSimulation { get; set; }
    public float TagCount { get; set; }
    public float Label { get; set; }

    /// <summary>The numeric columns, in the order they are concatenated.</summary>
    public static string[] NumericColumns { get; } =
    [
        nameof(LevelRuleDifficulty), nameof(ResponseOptions), nameof(RequiredActions), nameof(StemWords),
        nameof(AudioWords), nameof(Readability), nameof(HasPicture), nameof(IsSimulation), nameof(TagCount),
    ];

    /// <summary>The categorical columns, one-hot encoded.</summary>
    public static string[] CategoricalColumns { get; } = [nameof(Type), nameof(Domain), nameof(Competence)];

    public static FeatureRow From(ItemFeatures f, double label) => new()
    {
        Type = f.Type.ToString(),
        Domain = f.Domain,
        Competence = f.Competence,
        LevelRuleDifficulty = (float)PriorParameters.Difficulty(f.Level),
        ResponseOptions = f.ResponseOptions,
        RequiredActions = f.RequiredActions,
        StemWords = f.StemWords,
        AudioWords = f.AudioWords,
        Readability = (float)f.Readability,
        HasPicture = f.HasPicture ? 1 : 0,
        IsSimulation = f.IsSimulation ? 1 : 0,
        TagCount = f.TagCount,
        Label = (float)label,
    };
}
