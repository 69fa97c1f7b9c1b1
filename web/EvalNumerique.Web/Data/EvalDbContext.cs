using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EvalNumerique.Web.Data;

/// <summary>
/// The application database, staff accounts (Identity) included. Provider-neutral: the provider is
/// chosen in <see cref="DatabaseSetup"/>.
/// </summary>
public sealed class EvalDbContext(DbContextOptions<EvalDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<StructureMembership> StructureMemberships => Set<StructureMembership>();

    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();

    public DbSet<BeneficiaryNote> BeneficiaryNotes => Set<BeneficiaryNote>();

    public DbSet<Check> Checks => Set<Check>();

    public DbSet<CheckAnswer> CheckAnswers => Set<CheckAnswer>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DirectoryPlace> DirectoryPlaces => Set<DirectoryPlace>();

    public DbSet<DirectoryPlaceChange> DirectoryPlaceChanges => Set<DirectoryPlaceChange>();

    public DbSet<DirectoryImport> DirectoryImports => Set<DirectoryImport>();

    public DbSet<PlaceErrorReport> PlaceErrorReports => Set<PlaceErrorReport>();

    public DbSet<ReferralRule> ReferralRules => Set<ReferralRule>();

    public DbSet<OrientationProfile> OrientationProfiles => Set<OrientationProfile>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralStatusChange> ReferralStatusChanges => Set<ReferralStatusChange>();

    public DbSet<CalibrationRun> CalibrationRuns => Set<CalibrationRun>();

    public DbSet<CalibrationItemResult> CalibrationItemResults => Set<CalibrationItemResult>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or sort DateTimeOffset text; stored as a number, dates can be
        // filtered (retention, stalled checks) and sorted in the database. All dates are UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(e => e.Property(u => u.DisplayName).HasMaxLength(100));
        builder.Entity<Structure>(e =>
        {
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.Address).HasMaxLength(400);
            e.Property(s => s.PostalCode).HasMaxLength(10);
            e.Property(s => s.Commune).HasMaxLength(100);
        });
        builder.Entity<StructureMembership>(e =>
        {
            e.HasKey(m => new { m.StructureId, m.UserId });
            e.HasOne(m => m.Structure).WithMany(s => s.Members).HasForeignKey(m => m.StructureId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Beneficiary>(e =>
        {
            e.Property(b => b.Nickname).HasMaxLength(60);
            e.Property(b => b.LocalReference).HasMaxLength(40);
            e.Property(b => b.ConsentVersion).HasMaxLength(20);
            e.Ignore(b => b.Pseudonym);
            e.HasIndex(b => new { b.StructureId, b.LastActivityAt });
            e.HasOne(b => b.Structure).WithMany().HasForeignKey(b => b.StructureId).OnDelete(DeleteBehavior.Restrict);
            // Erasing a person erases their checks, answers and notes with them.
            e.HasMany(b => b.Checks).WithOne(c => c.Beneficiary).HasForeignKey(c => c.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(b => b.Notes).WithOne().HasForeignKey(n => n.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<BeneficiaryNote>(e => e.Property(n => n.Text).HasMaxLength(BeneficiaryNote.MaxLength));
        builder.Entity<Check>(e =>
        {
            e.HasIndex(c => c.ResumeCode).IsUnique();
            e.Property(c => c.ResumeCode).HasMaxLength(16);
            e.HasIndex(c => c.InvitationToken).IsUnique();
            e.Property(c => c.InvitationToken).HasMaxLength(64);
            e.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.CurrentItemId).HasMaxLength(100);
            e.Property(c => c.Language).HasMaxLength(8);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => new { c.StructureId, c.Stage });
            e.HasOne(c => c.Structure).WithMany().HasForeignKey(c => c.StructureId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(c => c.Answers).WithOne().HasForeignKey(a => a.CheckId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CheckAnswer>(e =>
        {
            e.Property(a => a.ItemId).HasMaxLength(100);
            // The database itself refuses a second answer to the same item or the same position.
            e.HasIndex(a => new { a.CheckId, a.Sequence }).IsUnique();
            e.HasIndex(a => new { a.CheckId, a.ItemId }).IsUnique();
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(40);
            e.Property(a => a.TargetKind).HasMaxLength(40);
            e.Property(a => a.TargetId).HasMaxLength(64);
            e.Property(a => a.Detail).HasMaxLength(1000);
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.StructureId, a.At });
        });
        OnReferralsCreating(builder);
        builder.Entity<CalibrationRun>(e =>
        {
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Model).HasMaxLength(10);
            e.Property(r => r.StartedBy).HasMaxLength(256);
            e.Property(r => r.AcceptedBy).HasMaxLength(256);
            e.Property(r => r.RevertedBy).HasMaxLength(256);
            e.Property(r => r.Failure).HasMaxLength(2000);
            e.Ignore(r => r.IsInForce);
            e.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CalibrationItemResult>(e =>
        {
            e.Property(i => i.ItemId).HasMaxLength(100);
            e.HasIndex(i => new { i.RunId, i.ItemId }).IsUnique();
        });
    }

    private static void OnReferralsCreating(ModelBuilder builder)
    {
        builder.Entity<DirectoryPlace>(e =>
        {
            e.HasIndex(p => new { p.Source, p.SourceId }).IsUnique();
            e.Property(p => p.Source).HasMaxLength(40);
            e.Property(p => p.SourceId).HasMaxLength(200);
            e.Property(p => p.Name).HasMaxLength(300);
            e.Property(p => p.PostalCode).HasMaxLength(10);
            e.Property(p => p.InseeCode).HasMaxLength(10);
            e.Property(p => p.Commune).HasMaxLength(200);
            e.HasIndex(p => p.PostalCode);
            e.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.PlaceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DirectoryPlaceChange>(e => e.HasIndex(c => new { c.PlaceId, c.At }));
        builder.Entity<DirectoryImport>(e =>
        {
            e.Property(i => i.ImportedBy).HasMaxLength(256);
            e.Property(i => i.FileName).HasMaxLength(260);
            e.Property(i => i.Source).HasMaxLength(40);
        });
        builder.Entity<PlaceErrorReport>(e =>
        {
            e.Property(r => r.Text).HasMaxLength(PlaceErrorReport.MaxLength);
            e.Property(r => r.ReportedByName).HasMaxLength(256);
            e.HasOne(r => r.Place).WithMany().HasForeignKey(r => r.PlaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.PlaceId, r.ResolvedAt });
        });
        builder.Entity<ReferralRule>(e =>
        {
            e.HasIndex(r => r.Key).IsUnique();
            e.Property(r => r.Key).HasMaxLength(60);
            e.Property(r => r.ReasonFr).HasMaxLength(300);
            e.Property(r => r.ReasonEn).HasMaxLength(300);
        });
        builder.Entity<OrientationProfile>(e =>
        {
            e.HasKey(p => p.CheckId);
            e.Property(p => p.FromPlace).HasMaxLength(100);
            e.HasOne<Check>().WithOne().HasForeignKey<OrientationProfile>(p => p.CheckId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Referral>(e =>
        {
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.RuleKeys).HasMaxLength(400);
            e.Property(r => r.Note).HasMaxLength(Referral.NoteMaxLength);
            // Erasing a check (and so a person) erases its referrals; a place is never deleted by an import.
            e.HasOne<Check>().WithMany().HasForeignKey(r => r.CheckId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(r => r.Place).WithMany().HasForeignKey(r => r.PlaceId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Structure>().WithMany().HasForeignKey(r => r.StructureId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReferralId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.StructureId, r.Status, r.StatusAt });
            e.HasIndex(r => r.BeneficiaryId);
        });
        builder.Entity<ReferralStatusChange>(e =>
        {
            e.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(h => h.ByName).HasMaxLength(256);
        });
    }
}
