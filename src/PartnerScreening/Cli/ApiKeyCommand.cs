using System.CommandLine;
using PartnerScreening.Auth;
using PartnerScreening.Hosting;

namespace PartnerScreening.Cli;

/// <summary><c>apikey create NAME</c> and <c>apikey revoke NAME</c>: keys of the intake callers of the API.</summary>
internal static class ApiKeyCommand
{
    public static Command Create()
    {
        var command = new Command("apikey", "Create or revoke API keys of intake callers");
        command.Subcommands.Add(CreateSubcommand());
        command.Subcommands.Add(RevokeSubcommand());
        return command;
    }

    private static Command CreateSubcommand()
    {
        var name = new Argument<string>("NAME") { Description = "Name of the caller, e.g. intake-form (letters, digits, '-', '_', '.')" };
        var command = new Command("create", "Create a key and print it on the last line; it is shown only once");
        command.Arguments.Add(name);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetValue(CommonOptions.DataDir)!);
            await DatabaseInitializer.InitializeAsync(host.Services, cancellationToken);
            var keys = host.Services.GetRequiredService<ApiKeyService>();
            try
            {
                var key = await keys.CreateAsync(parseResult.GetValue(name)!, cancellationToken);
                Console.WriteLine($"API key '{parseResult.GetValue(name)}' created. Store it now: it cannot be shown again. Send it in the X-Api-Key header.");
                Console.WriteLine(key);
                return 0;
            }
            catch (ArgumentException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message.Split(" (Parameter")[0]);
                return 1;
            }
        });
        return command;
    }

    private static Command RevokeSubcommand()
    {
        var name = new Argument<string>("NAME") { Description = "Name of the caller whose key is revoked" };
        var command = new Command("revoke", "Revoke a key; requests with it are then answered with 403");
        command.Arguments.Add(name);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetValue(CommonOptions.DataDir)!);
            await DatabaseInitializer.InitializeAsync(host.Services, cancellationToken);
            var keys = host.Services.GetRequiredService<ApiKeyService>();
            var keyName = parseResult.GetValue(name)!;
            if (!await keys.RevokeAsync(keyName, cancellationToken))
            {
                await Console.Error.WriteLineAsync($"No API key named '{keyName}' exists. Check the name; nothing was revoked.");
                return 1;
            }

            Console.WriteLine($"API key '{keyName}' revoked. A running server may accept it for up to Api:KeyCacheSeconds more.");
            return 0;
        });
        return command;
    }
}
