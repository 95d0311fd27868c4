using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Core.Persistence.Configurations;

internal sealed class MatchResultConfiguration : IEntityTypeConfiguration<MatchResult>
{
    public void Configure(EntityTypeBuilder<MatchResult> builder)
    {
        builder.ToTable("match_results");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();

        // A task's results are written once: a second writer of the same ranks fails instead of duplicating them.
        builder.HasIndex(r => new { r.TaskId, r.Rank }).IsUnique();
        builder.HasIndex(r => r.ListingId);
        builder.Property(r => r.ListingId).HasMaxLength(256);
        builder.Property(r => r.Source).HasMaxLength(64);
        builder.Property(r => r.Title).HasMaxLength(512);
        builder.Property(r => r.Company).HasMaxLength(512);
        builder.Property(r => r.Location).HasMaxLength(512);
        builder.Property(r => r.Url).HasMaxLength(2048);
        builder.Property(r => r.Salary).HasMaxLength(256);

        // History queries: by date (newest first), minimum score, a skill of the listing (matched or missing), words of
        // the title. Company is matched case-insensitively through an index on lower("Company") made in the migration.
        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => r.Score);
        builder.HasIndex(r => r.MatchedSkills).HasMethod("gin");
        builder.HasIndex(r => r.MissingSkills).HasMethod("gin");
        builder.HasGeneratedTsVectorColumn(r => r.TitleSearch!, MatchResult.TitleSearchConfiguration, r => new { r.Title })
            .HasIndex(r => r.TitleSearch)
            .HasMethod("gin");
    }
}
