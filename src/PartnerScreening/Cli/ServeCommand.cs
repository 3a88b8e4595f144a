using System.CommandLine;
using PartnerScreening.Domain;
using PartnerScreening.Web;

namespace PartnerScreening.Cli;

/// <summary><c>serve [--urls URL]</c>: the officer UI, the API and the scheduler in one process.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"URLs to listen on, separated by ';' (default: {DefaultUrl})",
            DefaultValueFactory = _ => DefaultUrl,
        };
        var command = new Command("serve", "Run the officer web UI, the screening API and the scheduled jobs");
        command.Options.Add(urls);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dataDir = parseResult.GetValue(CommonOptions.DataDir)!;
            var app = BuildApp(new DataDirectory(dataDir.FullName).EnsureCreated(), parseResult.GetValue(urls)!);
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    internal static WebApplication BuildApp(DataDirectory dataDirectory, string urls, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(urls);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddPartnerScreeningWeb(builder.Configuration, dataDirectory);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePartnerScreeningWeb();
        return app;
    }
}
