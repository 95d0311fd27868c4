using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Persistence.Configurations;

internal sealed class ResumeSkillConfiguration : IEntityTypeConfiguration<ResumeSkill>
{
    public void Configure(EntityTypeBuilder<ResumeSkill> builder)
    {
        builder.ToTable("resume_skills");
        builder.HasKey(s => new { s.ResumeId, s.Name });
        builder.Property(s => s.Name).HasMaxLength(128);
        builder.Property(s => s.Category).HasMaxLength(64);
        builder.HasIndex(s => s.Name);
    }
}
