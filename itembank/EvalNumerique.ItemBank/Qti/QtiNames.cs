using System.Xml.Linq;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Names of IMS QTI 3.0 (Assessment, Section and Item; Content Packaging 1.2 as profiled by QTI 3.0) used by the
/// export and import, and of the bank's own metadata extension, which carries what QTI cannot say.
/// </summary>
public static class QtiNames
{
    /// <summary>The QTI 3.0 ASI namespace of items and of their body content.</summary>
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

    /// <summary>The IMS Content Packaging namespace as profiled by QTI 3.0.</summary>
    public static readonly XNamespace ContentPackage = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";

    /// <summary>
    /// The bank's extension, written in each resource's <c>&lt;metadata&gt;</c> of <c>imsmanifest.xml</c> (IMS CP lets
    /// any namespace live there): competence, level, IRT parameters, status, version, audio script, feedback, enemies,
    /// tags, the text-entry input kind and normalisation, and the stem's original Markdown.
    /// </summary>
    public static readonly XNamespace Extension = "urn:evalnumerique:itembank:qti-metadata:1";

    /// <summary>XML Schema instance namespace, for <c>xsi:schemaLocation</c>.</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Where the QTI 3.0 ASI schema is published (the XSD is not shipped with the bank).</summary>
    public const string SchemaLocation =
        "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";

    /// <summary>Standard response processing: SCORE = 1 when the response equals the correct response.</summary>
    public const string MatchCorrect = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";

    /// <summary>Standard response processing: SCORE = the mapped value of the response (several accepted answers).</summary>
    public const string MapResponse = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";

    /// <summary>The CP resource type of a QTI 3.0 item.</summary>
    public const string ItemResourceType = "imsqti_item_xmlv3p0";

    /// <summary>The identifier of the single response variable of every exported item.</summary>
    public const string Response = "RESPONSE";

    /// <summary>The outcome variable set by response processing.</summary>
    public const string Score = "SCORE";

    /// <summary>Class of the paragraph holding the stem's picture.</summary>
    public const string ImageClass = "evalnum-image";

    /// <summary>Class of the paragraph holding a text-entry box and its label.</summary>
    public const string InputClass = "evalnum-input";

    /// <summary>Class of the span holding a text-entry label.</summary>
    public const string InputLabelClass = "evalnum-input-label";
}
