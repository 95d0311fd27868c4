using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Core.Skills.Evaluation;

namespace ResumeMatcher.Cli.Commands;

/// <summary><c>eval skills --skillspan FILE.conll | --dataturks FILE.jsonl</c>: scores skill extraction on labelled data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var skillSpan = new Option<FileInfo?>("--skillspan")
        {
            Description = "A SkillSpan CoNLL file (token, skill tag, knowledge tag; blank line between sentences). "
                + "Gold: the Knowledge spans. Each sentence's tokens are joined by spaces; soft skills are not predicted as Knowledge.",
        };
        var dataTurks = new Option<FileInfo?>("--dataturks")
        {
            Description = "A DataTurks 'Entity Recognition in Resumes' JSON Lines file. Gold: the items of each resume's Skills "
                + "spans. Each span is re-anchored by searching its text, then split into items on commas, semicolons, line "
                + "breaks, bullets, '|' and ' - '; a 'Label:' prefix and '(...)' notes are cut off and items without a letter "
                + "dropped. Predicted: every skill found anywhere in the resume. Resumes with no Skills span are skipped.",
        };
        var skills = new Command(
            "skills",
            "Score skill extraction by span overlap: precision = predicted spans overlapping a gold span / predicted spans; "
            + "recall = gold spans overlapped by a predicted span / gold spans. The last line reads "
            + "'f1=0.000 precision=0.000 recall=0.000'.")
        {
            skillSpan,
            dataTurks,
        };
        skills.Validators.Add(result =>
        {
            if ((result.GetValue(skillSpan) is null) == (result.GetValue(dataTurks) is null))
            {
                result.AddError("Give exactly one of --skillspan FILE.conll or --dataturks FILE.jsonl.");
            }
        });
        skills.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            var extractor = services.GetRequiredService<SkillExtractor>();
            var file = parse.GetValue(skillSpan) ?? parse.GetValue(dataTurks)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {file.FullName}");
                return 2;
            }

            var score = parse.GetValue(skillSpan) is not null
                ? await SkillSpanEvaluation.RunAsync(file.FullName, extractor, cancellationToken)
                : await DataTurksEvaluation.RunAsync(file.FullName, extractor, cancellationToken);
            Console.Out.WriteLine($"documents={score.Documents} gold_spans={score.GoldSpans} predicted_spans={score.PredictedSpans} "
                + $"gold_found={score.GoldFound} predicted_correct={score.PredictedCorrect}");
            Console.Out.WriteLine(score.Format());
            return 0;
        });
        return new Command("eval", "Evaluate extraction on labelled data.") { skills };
    }
}
