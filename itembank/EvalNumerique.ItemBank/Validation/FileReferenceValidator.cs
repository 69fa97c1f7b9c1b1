using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>Checks the pictures and audio files an item points to: alt text, inside the bank, on disk, right format, safe SVG.</summary>
internal static class FileReferenceValidator
{
    private static readonly string[] PictureExtensions = [".svg", ".png", ".jpg", ".jpeg"];
    private static readonly string[] AudioExtensions = [".mp3", ".ogg", ".opus", ".m4a", ".wav", ".webm"];

    public static void CheckPicture(Picture? picture, string mapPath, string what, FileDiagnostics d, ValidationContext ctx)
    {
        if (picture is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(picture.Alt))
        {
            d.Error(mapPath, RuleIds.AltMissing,
                $"{what} '{picture.Src}' has no alt text. Fix: add 'alt: \"…\"' describing what the picture shows, for people who cannot see it.");
        }

        var full = Resolve(picture.Src, mapPath, what, PictureExtensions, "a picture (.svg, .png or .jpg)", d, ctx);
        if (full is null || !full.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var problems = ctx.SvgProblems(full);
        if (problems.Count > 0)
        {
            d.Error(mapPath, RuleIds.SvgUnsafe,
                $"{what} '{picture.Src}' contains what could run or load from outside: {string.Join("; ", problems)}. " +
                "Fix: remove scripts, on…= attributes, external links and javascript: from the SVG (use only #id references).");
        }
    }

    public static void CheckAudio(string? audioFile, FileDiagnostics d, ValidationContext ctx) =>
        Resolve(audioFile, "audio_file", "audio_file", AudioExtensions, "an audio file (.mp3, .ogg, .opus, .m4a, .wav, .webm)", d, ctx);

    /// <summary>The full path when the file is inside the bank, has a right extension and exists; otherwise reports and returns null.</summary>
    private static string? Resolve(string? relative, string mapPath, string what, string[] extensions, string expected, FileDiagnostics d, ValidationContext ctx)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            return null;
        }

        if (relative.Contains("://", StringComparison.Ordinal) || relative.StartsWith("//", StringComparison.Ordinal)
            || relative.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            d.Error(mapPath, RuleIds.PathOutside,
                $"{what} '{relative}' is a web address; the bank only uses its own files. Fix: save the file under the item's images/ folder and give its relative path.");
            return null;
        }

        var itemFolder = Path.GetDirectoryName(Path.Combine(ctx.Root, d.Path)) ?? ctx.Root;
        var full = Path.GetFullPath(Path.Combine(itemFolder, relative));
        var rootWithSeparator = ctx.Root.EndsWith(Path.DirectorySeparatorChar) ? ctx.Root : ctx.Root + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(relative) || !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            d.Error(mapPath, RuleIds.PathOutside,
                $"{what} '{relative}' points outside itembank/. Fix: copy the file into the item's images/ folder and write a path relative to the item file (e.g. images/name.svg).");
            return null;
        }

        if (!extensions.Contains(Path.GetExtension(full).ToLowerInvariant()))
        {
            d.Error(mapPath, RuleIds.FileFormat,
                $"{what} '{relative}' is not {expected}. Fix: convert it to one of these formats.");
            return null;
        }

        if (!ctx.FileExists(full))
        {
            d.Error(mapPath, RuleIds.FileMissing,
                $"{what} '{relative}' does not exist (looked for {Path.GetRelativePath(ctx.Root, full).Replace('\\', '/')}). " +
                "Fix: add the file, or correct the path — it is relative to the item file.");
            return null;
        }

        return full;
    }
}
