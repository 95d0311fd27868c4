using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeMatcher.Core.Persistence.Json;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Core.Persistence.Configurations;

internal sealed class MatchTaskConfiguration : IEntityTypeConfiguration<MatchTask>
{
    public void Configure(EntityTypeBuilder<MatchTask> builder)
    {
        builder.ToTable("match_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.FailureReason).HasMaxLength(2000);
        builder.Property(t => t.TraceParent).HasMaxLength(128);
        builder.Property(t => t.LocationFilter).HasMaxLength(200);
        builder.HasOne(t => t.Resume).WithMany().HasForeignKey(t => t.ResumeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Results).WithOne().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Status, t.EnqueuedAt });
        builder.HasIndex(t => t.CreatedAt);
        builder.Property(t => t.SourceOutcomes).HasJsonConversion(PersistenceJsonContext.Default.ListSourceOutcome);
    }
}
