namespace EvalNumerique.ItemBank.Validation;

/// <summary>Stable ids of the loader and validator rules, carried by every <see cref="Loading.Diagnostic"/>.</summary>
public static class RuleIds
{
    /// <summary>The file must exist and be readable.</summary>
    public const string FileUnreadable = "file-unreadable";
    /// <summary>An item file starts with a closed YAML front matter.</summary>
    public const string FrontMatter = "front-matter";
    /// <summary>YAML is well-formed and has the expected shape (mapping, list, text).</summary>
    public const string Yaml = "yaml";
    /// <summary>A required field is present and not empty.</summary>
    public const string RequiredField = "required-field";
    /// <summary>A field is known (warning).</summary>
    public const string UnknownField = "unknown-field";
    /// <summary>A value has the right kind (number, integer, true/false, text, list).</summary>
    public const string ValueKind = "value-kind";
    /// <summary>The id is <c>&lt;domain&gt;-&lt;competence&gt;-NNN</c>.</summary>
    public const string IdFormat = "id-format";
    /// <summary>The id equals the file name.</summary>
    public const string IdFileName = "id-file-name";
    /// <summary>The id is unique in the bank.</summary>
    public const string DuplicateId = "duplicate-id";
    /// <summary>The competence exists in the framework.</summary>
    public const string CompetenceUnknown = "competence-unknown";
    /// <summary>The item is in its competence's folder.</summary>
    public const string CompetenceFolder = "competence-folder";
    /// <summary>The type is one of the seven types.</summary>
    public const string TypeUnknown = "type-unknown";
    /// <summary>The level is 1–4.</summary>
    public const string LevelRange = "level-range";
    /// <summary>a &gt; 0, b finite in [−6, 6], 0 ≤ c &lt; d ≤ 1.</summary>
    public const string IrtRange = "irt-range";
    /// <summary>Uncalibrated parameters equal the prior rule.</summary>
    public const string IrtPrior = "irt-prior";
    /// <summary>The status is draft, pilot, live or retired.</summary>
    public const string StatusUnknown = "status-unknown";
    /// <summary>The version is an integer ≥ 1.</summary>
    public const string VersionRange = "version-range";
    /// <summary>The audio script is not empty.</summary>
    public const string AudioEmpty = "audio-empty";
    /// <summary>The Markdown question is not empty.</summary>
    public const string StemEmpty = "stem-empty";
    /// <summary>The feedback is not empty.</summary>
    public const string FeedbackEmpty = "feedback-empty";
    /// <summary>The feedback does not blame (warning).</summary>
    public const string FeedbackBlaming = "feedback-blaming";
    /// <summary>Every picture has alt text.</summary>
    public const string AltMissing = "alt-missing";
    /// <summary>A referenced file exists.</summary>
    public const string FileMissing = "file-missing";
    /// <summary>A referenced file stays inside <c>itembank/</c>.</summary>
    public const string PathOutside = "path-outside";
    /// <summary>A picture is .svg, .png or .jpg; an audio file is a common audio format.</summary>
    public const string FileFormat = "file-format";
    /// <summary>An SVG contains nothing that runs or loads from outside.</summary>
    public const string SvgUnsafe = "svg-unsafe";
    /// <summary>The number of choices fits the type.</summary>
    public const string ChoiceCount = "choice-count";
    /// <summary>Ids (choices, regions, elements) are unique in the item.</summary>
    public const string DuplicateLocalId = "duplicate-local-id";
    /// <summary>The answer has the right form and references existing ids.</summary>
    public const string Answer = "answer";
    /// <summary>A hotspot image has a size and every region lies inside it.</summary>
    public const string HotspotRegion = "hotspot-region";
    /// <summary>Accepted values are given and the normalisation rules are known.</summary>
    public const string TextAnswer = "text-answer";
    /// <summary>A text-entry input has a label and a known kind.</summary>
    public const string TextInput = "text-input";
    /// <summary>The simulation screen kind is known.</summary>
    public const string ScreenKind = "screen-kind";
    /// <summary>Element roles are known and their fields make sense.</summary>
    public const string ElementRole = "element-role";
    /// <summary>Icons are in the fixed list.</summary>
    public const string IconUnknown = "icon-unknown";
    /// <summary>Enemies are ids of other items of the bank.</summary>
    public const string Enemies = "enemies";
    /// <summary>Framework: unique ids, four levels with can-do per competence.</summary>
    public const string Framework = "framework";
    /// <summary>Resources: existing competence and level, known step type, unique step ids.</summary>
    public const string Resources = "resources";
    /// <summary>Every competence has items at every level (warning).</summary>
    public const string Coverage = "coverage";
    /// <summary>An import source is a readable folder or zip within the size and entry limits.</summary>
    public const string ImportSource = "import-source";
    /// <summary>An import entry has a safe relative name, a known kind and an acceptable size.</summary>
    public const string ImportEntry = "import-entry";
    /// <summary>An imported item does not clash with another item of the bank or of the import.</summary>
    public const string ImportConflict = "import-conflict";
    /// <summary>A QTI item maps onto an item of the bank (import) or an item maps onto QTI (export).</summary>
    public const string Qti = "qti";
}
