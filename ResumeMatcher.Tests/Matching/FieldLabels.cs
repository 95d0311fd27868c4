using System.Text.RegularExpressions;

namespace ResumeMatcher.Tests.Matching;

/// <summary>
/// The ground truth of the field-ranking measure: which posting titles belong to the field of each resume category
/// of the labelled resume set. Written from the category names alone (a person's reading of "what job titles does
/// this field hold"), independently of the matcher, and applied to posting titles only.
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, Regex> TitlesByCategory = new(StringComparer.Ordinal)
    {
        ["Java Developer"] = JavaTitles(),
        ["Database"] = DatabaseTitles(),
        ["Data Science"] = DataScienceTitles(),
        ["HR"] = HrTitles(),
        ["Advocate"] = LegalTitles(),
        ["Automation Testing"] = TestingTitles(),
        ["Testing"] = TestingTitles(),
        ["DevOps Engineer"] = DevOpsTitles(),
        ["Hadoop"] = BigDataTitles(),
        ["DotNet Developer"] = DotNetTitles(),
        ["Arts"] = ArtsTitles(),
        ["Mechanical Engineer"] = MechanicalTitles(),
        ["Sales"] = SalesTitles(),
        ["Health and fitness"] = HealthTitles(),
        ["Civil Engineer"] = CivilTitles(),
        ["Business Analyst"] = BusinessAnalystTitles(),
        ["SAP Developer"] = SapTitles(),
        ["Electrical Engineering"] = ElectricalTitles(),
        ["Python Developer"] = PythonTitles(),
        ["Network Security Engineer"] = NetworkSecurityTitles(),
        ["ETL Developer"] = EtlTitles(),
        ["Blockchain"] = BlockchainTitles(),
        ["Web Designing"] = WebTitles(),
        ["Operations Manager"] = OperationsTitles(),
        ["PMO"] = ProjectManagementTitles(),
    };

    public static IEnumerable<string> Categories => TitlesByCategory.Keys;

    /// <summary>Whether a posting with this title belongs to the category's field.</summary>
    public static bool Belongs(string category, string postingTitle) =>
        TitlesByCategory.TryGetValue(category, out var titles) && titles.IsMatch(postingTitle);

    [GeneratedRegex(@"\bjava\b|\bj2ee\b", RegexOptions.IgnoreCase)]
    private static partial Regex JavaTitles();

    [GeneratedRegex(@"database|\bdba\b|\bsql\b|\boracle\b|data architect|\bdb2\b|data modeler", RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseTitles();

    [GeneratedRegex(@"data scien|machine learning|deep learning|\bml\b|\bai\b|artificial intelligence|statistician|data analyst|analytics", RegexOptions.IgnoreCase)]
    private static partial Regex DataScienceTitles();

    [GeneratedRegex(@"recruit|human resources|\bhr\b|talent|people (operations|partner)|staffing|payroll|compensation|benefits", RegexOptions.IgnoreCase)]
    private static partial Regex HrTitles();

    [GeneratedRegex(@"legal|counsel|attorney|lawyer|paralegal|\blaw\b|compliance", RegexOptions.IgnoreCase)]
    private static partial Regex LegalTitles();

    [GeneratedRegex(@"\btest|\bqa\b|quality assurance|sdet|quality engineer", RegexOptions.IgnoreCase)]
    private static partial Regex TestingTitles();

    [GeneratedRegex(@"devops|dev ops|site reliability|\bsre\b|cloud engineer|release engineer|build engineer|infrastructure engineer|platform engineer|systems? engineer|\bcloud\b.*\b(architect|engineer)", RegexOptions.IgnoreCase)]
    private static partial Regex DevOpsTitles();

    [GeneratedRegex(@"hadoop|big data|data engineer|\bspark\b|data platform", RegexOptions.IgnoreCase)]
    private static partial Regex BigDataTitles();

    [GeneratedRegex(@"\.net|dotnet|\bc#|asp\.net", RegexOptions.IgnoreCase)]
    private static partial Regex DotNetTitles();

    [GeneratedRegex(@"\bart\b|\barts\b|artist|creative|illustrat|\bdesigner\b|music|teacher", RegexOptions.IgnoreCase)]
    private static partial Regex ArtsTitles();

    [GeneratedRegex(@"mechanical|manufacturing engineer|design engineer", RegexOptions.IgnoreCase)]
    private static partial Regex MechanicalTitles();

    [GeneratedRegex(@"sales|account (executive|manager)|business development|account representative", RegexOptions.IgnoreCase)]
    private static partial Regex SalesTitles();

    [GeneratedRegex(@"health|fitness|wellness|nutrition|trainer|dietitian|nurse", RegexOptions.IgnoreCase)]
    private static partial Regex HealthTitles();

    [GeneratedRegex(@"\bcivil\b|structural|construction", RegexOptions.IgnoreCase)]
    private static partial Regex CivilTitles();

    [GeneratedRegex(@"business (systems )?analyst|business intelligence|\bbi analyst|systems analyst|requirements analyst", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessAnalystTitles();

    [GeneratedRegex(@"\bsap\b|\babap\b", RegexOptions.IgnoreCase)]
    private static partial Regex SapTitles();

    [GeneratedRegex(@"electrical|electronics|hardware engineer|power engineer|controls engineer", RegexOptions.IgnoreCase)]
    private static partial Regex ElectricalTitles();

    [GeneratedRegex(@"python|django", RegexOptions.IgnoreCase)]
    private static partial Regex PythonTitles();

    [GeneratedRegex(@"network|security|firewall|cyber|infosec", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkSecurityTitles();

    [GeneratedRegex(@"\betl\b|informatica|data ?warehous|datastage|data engineer|\bbi developer|data integration", RegexOptions.IgnoreCase)]
    private static partial Regex EtlTitles();

    [GeneratedRegex(@"blockchain|crypto|ethereum|solidity", RegexOptions.IgnoreCase)]
    private static partial Regex BlockchainTitles();

    [GeneratedRegex(@"\bweb\b|front.?end|\bui\b|\bux\b|user experience|interaction designer|visual designer|graphic", RegexOptions.IgnoreCase)]
    private static partial Regex WebTitles();

    [GeneratedRegex(@"operations", RegexOptions.IgnoreCase)]
    private static partial Regex OperationsTitles();

    [GeneratedRegex(@"project manag|program manag|\bpmo\b|project coordinator|scrum master", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectManagementTitles();
}
