using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.History;

/// <summary>The whole system with an operator API key configured.</summary>
public sealed class HistoryFixture : SystemFixture
{
    public const string OperatorKey = "test-operator-key-0123456789abcdef-not-a-secret";

    protected override string Purpose => "history";

    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
    {
        ["Operator:ApiKey"] = OperatorKey,
    };
}
