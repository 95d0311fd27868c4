using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeMatcher.Core.Resumes;

namespace ResumeMatcher.Core.Persistence.Configurations;

internal sealed class ResumeConfiguration : IEntityTypeConfiguration<Resume>
{
    public void Configure(EntityTypeBuilder<Resume> builder)
    {
        builder.ToTable("resumes");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.FileName).HasMaxLength(255);
        // Re-uploads within the reuse window look a resume up by hash and age; retention and listings go by age.
        builder.HasIndex(r => new { r.ContentHash, r.CreatedAt });
        builder.HasIndex(r => r.CreatedAt);
        builder.Property(r => r.HighestDegree).HasMaxLength(64);
        builder.HasMany(r => r.Skills).WithOne().HasForeignKey(s => s.ResumeId).OnDelete(DeleteBehavior.Cascade);
    }
}
