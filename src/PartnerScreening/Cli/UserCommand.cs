using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using PartnerScreening.Hosting;

namespace PartnerScreening.Cli;

/// <summary><c>user create EMAIL [--role officer|administrator] [--password P]</c>: local officer accounts.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var command = new Command("user", "Manage local accounts of officers and administrators");
        command.Subcommands.Add(CreateSubcommand());
        return command;
    }

    private static Command CreateSubcommand()
    {
        var email = new Argument<string>("EMAIL") { Description = "E-mail address, also the sign-in name" };
        var role = new Option<string>("--role")
        {
            Description = "Role of the account: officer (default) or administrator",
            DefaultValueFactory = _ => DatabaseInitializer.OfficerRole,
        };
        role.AcceptOnlyFromAmong(DatabaseInitializer.OfficerRole, DatabaseInitializer.AdministratorRole);
        var password = new Option<string?>("--password")
        {
            Description = "Password (at least 12 characters); when omitted, the first line of standard input is read",
        };
        var command = new Command("create", "Create an account");
        command.Arguments.Add(email);
        command.Options.Add(role);
        command.Options.Add(password);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var secret = parseResult.GetValue(password) ?? await Console.In.ReadLineAsync(cancellationToken);
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync("No password given: pass --password or write it on standard input.");
                return 1;
            }

            using var host = CliHost.Build(parseResult.GetValue(CommonOptions.DataDir)!);
            await DatabaseInitializer.InitializeAsync(host.Services, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var address = parseResult.GetValue(email)!;
            var user = new IdentityUser { UserName = address, Email = address, EmailConfirmed = true };
            var created = await users.CreateAsync(user, secret);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, parseResult.GetValue(role)!);
            }

            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync($"The account '{address}' was not created: {string.Join(" ", created.Errors.Select(error => error.Description))}");
                return 1;
            }

            Console.WriteLine($"Account '{address}' created with the role {parseResult.GetValue(role)}.");
            return 0;
        });
        return command;
    }
}
