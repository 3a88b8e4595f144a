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
        builder.Services.AddPartnerScreening(builder.Configuration, dataDirectory);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
