using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ResumeMatcher.Benchmarks.Resumes;

/// <summary>A column with the mean divided by the items one invocation handles (pages, resumes), in milliseconds.</summary>
public sealed class PerItemColumn(string name, Func<BenchmarkCase, int> items) : IColumn
{
    public string Id => $"{nameof(PerItemColumn)}.{name}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Mean time per item ({name}), in milliseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var count = items(benchmarkCase);
        if (report?.ResultStatistics is not { } statistics || count == 0)
        {
            return "-";
        }

        return (statistics.Mean / count / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
