using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Cli.Commands;

/// <summary><c>parse FILE</c>: prints the resume's profile as JSON (add --text to include the extracted text).</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A resume: PDF, DOCX, or text/Markdown (UTF-8 or UTF-16)." };
        var includeText = new Option<bool>("--text") { Description = "Include the extracted text in the output." };
        var command = new Command("parse", "Read a resume and print its profile (sections, skills, titles, years, degree, contacts) as JSON.") { file, includeText };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            try
            {
                var text = await ResumeFile.ReadTextAsync(parse.GetValue(file)!, services.GetRequiredService<ResumeTextReader>(), cancellationToken);
                var profile = services.GetRequiredService<ProfileExtractor>().Extract(text);
                CliJson.Write(new
                {
                    profile.Sections,
                    profile.Skills,
                    profile.Titles,
                    profile.CurrentTitle,
                    profile.PastTitles,
                    profile.YearsOfExperience,
                    profile.HighestDegree,
                    profile.Contacts,
                    Text = parse.GetValue(includeText) ? text : null,
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
