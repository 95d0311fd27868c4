using Sylvan.Data.Csv;

namespace ResumeMatcher.Core.Evaluation;

/// <summary>A resume text with the field a person labelled it with.</summary>
public sealed record LabelledResume(string Category, string Text);

/// <summary>
/// Reads the labelled resumes of the shared evaluation data (<c>resume_categories_kaggle/</c>, columns Category and
/// Resume), de-duplicated on the resume text (most texts are repeated several times in the file).
/// </summary>
public static class LabelledResumes
{
    public const string RelativePath = "resume_categories_kaggle/UpdatedResumeDataSet.dev.csv";

    public static IReadOnlyList<LabelledResume> ReadDistinct(string path)
    {
        using var csv = CsvDataReader.Create(path);
        var textColumn = csv.GetOrdinal("Resume");
        var categoryColumn = csv.GetOrdinal("Category");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var resumes = new List<LabelledResume>();
        while (csv.Read())
        {
            var text = csv.GetString(textColumn);
            var category = csv.GetString(categoryColumn);
            if (text.Length > 0 && seen.Add(text))
            {
                resumes.Add(new LabelledResume(category.Trim(), text));
            }
        }

        return resumes;
    }
}
