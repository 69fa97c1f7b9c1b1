using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Referrals.Directory;

public sealed class DemoDirectoryTests
{
    private const string FileName = "lieux-mediation-ville-demo.csv";

    private static string DemoPath => Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Features", "Demo", FileName);

    private static DirectoryReadResult ReadDemo()
    {
        using var stream = File.OpenRead(DemoPath);
        return LieuxMediationCsvReader.Read(stream, FileName);
    }

    [Fact]
    public void The_demo_directory_reads_with_no_error_and_no_warning()
    {
        var result = ReadDemo();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.InRange(result.Records.Count, 10, 14);
        Assert.Equal(result.Records.Count, result.RowsRead);
    }

    [Fact]
    public void Every_demo_place_is_visibly_fictional_and_near_the_demo_town()
    {
        // Demo town centre 46.5000 N, 2.5000 E; 10 km ≈ 0.09° of latitude, 0.13° of longitude at 46.5° N.
        Assert.All(ReadDemo().Records, place =>
        {
            Assert.Contains("(démo)", place.Name, StringComparison.Ordinal);
            Assert.Equal("Ville-Démo (fictive)", place.Commune);
            Assert.Equal(("00000", "00000"), (place.PostalCode, place.InseeCode));
            Assert.Matches(@"^01 00 00 00 \d\d$", place.Phone);
            Assert.StartsWith("https://exemple.invalid/", place.Website, StringComparison.Ordinal);
            Assert.All(place.Emails, e => Assert.EndsWith("@exemple.invalid", e, StringComparison.Ordinal));
            Assert.True(place.BookingUrl.Length == 0 || place.BookingUrl.StartsWith("https://exemple.invalid/", StringComparison.Ordinal));
            Assert.InRange(place.Latitude!.Value, 46.41, 46.59);
            Assert.InRange(place.Longitude!.Value, 2.37, 2.63);
        });
    }

    [Fact]
    public void The_demo_directory_covers_every_referral_case()
    {
        var places = ReadDemo().Records;

        Assert.Contains(places, p => p.NationalPrograms.Contains("France Services") && p.NationalPrograms.Contains("Aidants Connect") && p.Services.Contains("Aide aux démarches administratives"));
        Assert.Contains(places, p => p.Typologies.Contains("EPN") && p.AccompanimentModes.Contains("Dans un atelier collectif") && p.NationalPrograms.Contains("Conseillers numériques"));
        Assert.Contains(places, p => p.Typologies.Contains("BIB") && p.Services.Contains("Accès internet et matériel informatique") && p.Fees.SequenceEqual(["Gratuit"]));
        Assert.Contains(places, p => p.Typologies.Contains("CCAS"));
        Assert.Contains(places, p => p.Services.Contains("Acquisition de matériel informatique à prix solidaire"));
        Assert.Contains(places, p => p.NationalPrograms.Contains("Point d'accès numérique CAF"));
        Assert.Contains(places, p => p.SpecificCare.Contains("Illettrisme"));
        Assert.Contains(places, p => p.SpecificCare.Any(c => c.StartsWith("Langues étrangères", StringComparison.Ordinal)));
        Assert.Contains(places, p => p.SpecificCare.Contains("Surdité") && p.SpecificCare.Contains("Handicaps moteurs"));
        Assert.Contains(places, p => p.Fees.SequenceEqual(["Payant"]));
        Assert.Contains(places, p => p.UpdatedOn?.Year == 2023);
        Assert.Contains(places, p => p.OpeningHours.Contains("PH off", StringComparison.Ordinal));
        Assert.Contains(places, p => p.OpeningHours.Contains("Sa 10:00-12:00", StringComparison.Ordinal));
        Assert.True(places.Count(p => p.BookingUrl.Length > 0) >= 3);
    }

    [Fact]
    public void The_demo_directory_travels_inside_the_web_assembly_so_it_can_be_seeded_at_start()
    {
        using var stream = typeof(EvalNumerique.Web.Features.Demo.DemoData).Assembly
            .GetManifestResourceStream(typeof(EvalNumerique.Web.Features.Demo.DemoData), FileName);
        Assert.NotNull(stream);
        var read = LieuxMediationCsvReader.Read(stream, FileName);
        Assert.Empty(read.Errors);
        Assert.Equal(12, read.Records.Count);
    }
}
