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
        var file = new Argument<FileInfo>("file") { Description = "A resume: PDF, or UTF-8 text/Markdown." };
        var includeText = new Option<bool>("--text") { Description = "Include the extracted text in the output." };
        var command = new Command("parse", "Read a resume and print its profile (skills, titles) as JSON.") { file, includeText };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            try
            {
                var text = await ResumeFile.ReadTextAsync(parse.GetValue(file)!, services.GetRequiredService<ResumeTextReader>(), cancellationToken);
                var profile = services.GetRequiredService<ProfileExtractor>().Extract(text);
                CliJson.Write(new { profile.Skills, profile.Titles, Text = parse.GetValue(includeText) ? text : null });
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
