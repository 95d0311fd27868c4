using System.CommandLine;
using ResumeMatcher.Cli.Commands;

var root = new RootCommand("ResumeMatcher in-process: read resumes and match them against a listings file, with no servers.")
{
    ParseCommand.Create(),
    MatchCommand.Create(),
    EvalCommand.Create(),
    ListingsCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
