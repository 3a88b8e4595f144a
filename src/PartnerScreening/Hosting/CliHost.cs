using Microsoft.Extensions.Logging.Console;
using PartnerScreening.Domain;

namespace PartnerScreening.Hosting;

/// <summary>Builds the generic host a command-line subcommand runs in: configuration, logging and the shared services.</summary>
internal static class CliHost
{
    public static IHost Build(DirectoryInfo dataDir, Action<IServiceCollection>? configure = null)
    {
        var dataDirectory = new DataDirectory(dataDir.FullName).EnsureCreated();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Logs go to standard error so that a command's output (for example 'lists --json') stays parseable.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddPartnerScreening(builder.Configuration, dataDirectory);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
