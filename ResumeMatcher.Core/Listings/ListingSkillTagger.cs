using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Listings;

/// <summary>Fills a listing's skills from its title and description.</summary>
public sealed class ListingSkillTagger(SkillExtractor extractor)
{
    public JobListing Tag(JobListing listing) => listing with
    {
        Skills = extractor.Extract($"{listing.Title}\n{listing.Description}").Select(s => s.Name).ToList(),
    };
}
