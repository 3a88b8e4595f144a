using System.CommandLine;
using PartnerScreening.Cli;
using PartnerScreening.Storage;

var root = new RootCommand("PartnerScreening: export-control screening of partners and researchers");
root.Options.Add(CommonOptions.DataDir);

// Each subcommand lives in Cli/ and registers itself here.
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ListsCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ApiKeyCommand.Create());
root.Subcommands.Add(UserCommand.Create());
root.Subcommands.Add(PartnersCommand.Create());
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(RescreenCommand.Create());
root.Subcommands.Add(CrawlCommand.Create());

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UnmigratedDatabaseException exception)
{
    // The message names the database and the steps to take, and a stack trace would only bury it.
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}
