using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Data;

/// <summary>The application database. Provider-neutral: the provider is chosen in <see cref="DatabaseSetup"/>.</summary>
public sealed class EvalDbContext(DbContextOptions<EvalDbContext> options) : DbContext(options)
{
    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<Check> Checks => Set<Check>();

    public DbSet<CheckAnswer> CheckAnswers => Set<CheckAnswer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Structure>(e =>
        {
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.Address).HasMaxLength(400);
        });
        modelBuilder.Entity<Check>(e =>
        {
            e.HasIndex(c => c.ResumeCode).IsUnique();
            e.Property(c => c.ResumeCode).HasMaxLength(16);
            e.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.CurrentItemId).HasMaxLength(100);
            e.Property(c => c.Language).HasMaxLength(8);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasMany(c => c.Answers).WithOne().HasForeignKey(a => a.CheckId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CheckAnswer>(e =>
        {
            e.Property(a => a.ItemId).HasMaxLength(100);
            // The database itself refuses a second answer to the same item or the same position.
            e.HasIndex(a => new { a.CheckId, a.Sequence }).IsUnique();
            e.HasIndex(a => new { a.CheckId, a.ItemId }).IsUnique();
        });
    }
}
