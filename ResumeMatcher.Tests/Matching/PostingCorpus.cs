using ResumeMatcher.Core.Evaluation;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Matching;

/// <summary>
/// The real postings of the shared evaluation data, skill-tagged, with one index built over them, shared by the
/// matching tests (building takes a few seconds). <see cref="Require"/> skips the test when the data is absent.
/// </summary>
public sealed class PostingCorpus
{
    private readonly Lazy<(IReadOnlyList<JobListing> Postings, ListingIndex Index)> _corpus;

    public PostingCorpus()
    {
        var skills = new SkillExtractor(SkillTaxonomy.LoadEmbedded());
        Titles = new JobTitleExtractor(JobTitleCatalog.LoadEmbedded());
        Profiles = new ProfileExtractor(skills, Titles, TimeProvider.System);
        _corpus = new Lazy<(IReadOnlyList<JobListing>, ListingIndex)>(() =>
        {
            var tagger = new ListingSkillTagger(skills);
            var postings = JobPostingFiles.ReadAll(Path.Combine(RepositoryPaths.DataDirectory, JobPostingFiles.Folder)).Select(tagger.Tag).ToList();
            return (postings, ListingIndex.Build(postings, Titles));
        });
    }

    public JobTitleExtractor Titles { get; }

    public ProfileExtractor Profiles { get; }

    public (IReadOnlyList<JobListing> Postings, ListingIndex Index) Require()
    {
        RepositoryPaths.RequireData(JobPostingFiles.Folder);
        return _corpus.Value;
    }

    public static IReadOnlyList<LabelledResume> RequireLabelledResumes() =>
        LabelledResumes.ReadDistinct(RepositoryPaths.RequireData(LabelledResumes.RelativePath));
}
