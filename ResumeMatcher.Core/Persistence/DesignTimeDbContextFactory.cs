using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ResumeMatcher.Core.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting a service or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ResumeMatcherDbContext>
{
    public ResumeMatcherDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ResumeMatcherDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=resumematcher;Username=postgres")
            .Options);
}
