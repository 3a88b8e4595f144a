using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Jobs.Alerts;
using Quartz;

namespace PartnerScreening.Jobs.Rescreening;

public static class RescreenServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rescreening service, the alert mailer and the hook that schedules a run after each ingest,
    /// with options validated at start-up. The job is added to the scheduler by <see cref="AddRescreenJob"/>.
    /// </summary>
    public static IServiceCollection AddRescreening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RescreenOptions>()
            .Bind(configuration.GetSection(RescreenOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => IsValidCron(o.Cron), "Rescreen:Cron is not a valid Quartz cron expression (e.g. '0 30 2 * * ?').")
            .Validate(o => TryFindTimeZone(o.TimeZone) is not null, "Rescreen:TimeZone is not a known time zone id (e.g. 'Asia/Tokyo').")
            .ValidateOnStart();
        services.AddOptions<AlertMailOptions>()
            .Bind(configuration.GetSection(AlertMailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<AlertMailer>();
        services.AddSingleton<RescreenService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISnapshotsChangedHandler, RescreenAfterIngestHandler>());
        return services;
    }

    /// <summary>Adds the <see cref="RescreenJob"/> and its nightly trigger to the scheduler.</summary>
    public static IQuartzBuilder AddRescreenJob(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RescreenOptions.SectionName).Get<RescreenOptions>() ?? new RescreenOptions();
        quartz.AddJob<RescreenJob>(job => job
            .WithIdentity(RescreenJob.Key)
            .StoreDurably()
            .WithDescription("Rescreen partners and researchers against the lists in force"));

        // Invalid settings fail the options validation at start-up; no trigger is added for them meanwhile.
        if (IsValidCron(settings.Cron) && TryFindTimeZone(settings.TimeZone) is { } zone)
        {
            quartz.AddTrigger(trigger => trigger
                .ForJob(RescreenJob.Key)
                .WithIdentity(RescreenJob.NightlyTriggerKey)
                .WithCronSchedule(settings.Cron, cron => cron.InTimeZone(zone)));
        }

        return quartz;
    }

    private static bool IsValidCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static TimeZoneInfo? TryFindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
