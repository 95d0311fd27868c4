using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Listings.Sources;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Cli.Commands;

/// <summary><c>match RESUME --listings FILE.jsonl</c>: ranks the listings for the resume in-process and prints JSON.</summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var resume = new Argument<FileInfo>("resume") { Description = "A resume: PDF, or UTF-8 text/Markdown." };
        var listings = new Option<FileInfo>("--listings")
        {
            Description = "A JSON Lines file of listings (default: the listings that ship with ResumeMatcher).",
            DefaultValueFactory = _ => new FileInfo(JsonLinesFileSource.ResolvePath("data/listings.jsonl")),
        };
        var limit = new Option<int>("--limit") { Description = "How many matches at most.", DefaultValueFactory = _ => 10 };
        var minScore = new Option<double>("--min-score") { Description = "Leave out matches scoring below this.", DefaultValueFactory = _ => 0.2 };
        var command = new Command("match", "Rank job listings for a resume and print the matches as JSON.") { resume, listings, limit, minScore };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            try
            {
                var text = await ResumeFile.ReadTextAsync(parse.GetValue(resume)!, services.GetRequiredService<ResumeTextReader>(), cancellationToken);
                var profile = services.GetRequiredService<ProfileExtractor>().Extract(text);
                var tagger = services.GetRequiredService<ListingSkillTagger>();
                var corpus = (await JsonLinesFileSource.ReadAsync(parse.GetValue(listings)!.FullName, cancellationToken)).Select(tagger.Tag).ToList();
                var index = ListingIndex.Build(corpus, services.GetRequiredService<JobTitleExtractor>());
                var matches = index.Rank(
                    new MatchRequest(text, profile, parse.GetValue(minScore), parse.GetValue(limit)),
                    services.GetRequiredService<IOptions<MatchingOptions>>().Value);
                CliJson.Write(new
                {
                    Profile = new { profile.Skills, profile.Titles },
                    Matches = matches.Select((m, i) => new
                    {
                        Rank = i + 1,
                        m.Listing.Title,
                        m.Listing.Company,
                        m.Listing.Location,
                        m.Listing.Url,
                        m.Score,
                        ScoreComponents = m.Components,
                        m.MatchedSkills,
                        m.MissingSkills,
                    }),
                });
                return 0;
            }
            catch (ResumeUnreadableException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
        });
        return command;
    }
}
