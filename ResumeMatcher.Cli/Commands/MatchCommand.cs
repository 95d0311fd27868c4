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
        var location = new Option<string?>("--location") { Description = "Keep listings whose location contains this text (case-insensitive)." };
        var remote = new Option<bool?>("--remote") { Description = "true: only remote listings; false: only on-site ones (listings that do not say are left out)." };
        var command = new Command("match", "Rank job listings for a resume and print the matches as JSON.") { resume, listings, limit, minScore, location, remote };
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
                var ranked = index.Rank(
                    new MatchRequest(text, profile, parse.GetValue(minScore), parse.GetValue(limit), parse.GetValue(location), parse.GetValue(remote)),
                    services.GetRequiredService<IOptions<MatchingOptions>>().Value);

                // The index holds ids only: the winners' details are looked up in the file's listings.
                var winners = ranked.Select(m => m.ListingId).ToHashSet(StringComparer.Ordinal);
                var matches = ListingMatch.Join(ranked, corpus.Where(l => winners.Contains(l.Id)).DistinctBy(l => l.Id).ToDictionary(l => l.Id, StringComparer.Ordinal));
                CliJson.Write(new
                {
                    Profile = new { profile.Skills, profile.Titles },
                    Matches = matches.Select((m, i) => new
                    {
                        Rank = i + 1,
                        m.Listing.Title,
                        m.Listing.Company,
                        m.Listing.Location,
                        m.Listing.Remote,
                        m.Listing.Url,
                        m.Match.Score,
                        ScoreComponents = m.Match.Components,
                        m.Match.MatchedSkills,
                        m.Match.MissingSkills,
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
