using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PartnerScreening.Jobs.Crawling;

public static class CrawlPartnersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the weekly crawl's options, validated at start-up, and the queue of crawls officers start. The crawler
    /// itself comes from <c>AddPartnerScreeningCrawling</c>; the job is added to the scheduler by
    /// <see cref="AddCrawlPartnersJob"/>, and a web host runs the queue with <c>AddHostedService</c>.
    /// </summary>
    public static IServiceCollection AddCrawlPartners(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlPartnersJobOptions>()
            .Bind(configuration.GetSection(CrawlPartnersJobOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => IsValidCron(o.Cron), "CrawlPartners:Cron is not a valid Quartz cron expression (seconds first, e.g. '0 0 2 ? * SUN').")
            .Validate(o => TryFindTimeZone(o.TimeZone) is not null, "CrawlPartners:TimeZone is not a known time zone id (e.g. 'Asia/Tokyo').")
            .ValidateOnStart();
        services.AddTransient<CrawlPartnersJob>();
        services.AddSingleton<PartnerCrawlQueue>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="CrawlPartnersJob"/> and its weekly trigger. Call it inside the composition root's single
    /// <c>AddQuartz</c> callback.
    /// </summary>
    public static IQuartzBuilder AddCrawlPartnersJob(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        var settings = configuration.GetSection(CrawlPartnersJobOptions.SectionName).Get<CrawlPartnersJobOptions>() ?? new CrawlPartnersJobOptions();
        quartz.AddJob<CrawlPartnersJob>(job => job
            .WithIdentity(CrawlPartnersJob.Key)
            .StoreDurably()
            .WithDescription("Crawl every partner's websites and write objective-check reports"));

        // Invalid settings fail the options validation at start-up; no trigger is added for them meanwhile.
        if (settings.Enabled && IsValidCron(settings.Cron) && TryFindTimeZone(settings.TimeZone) is { } zone)
        {
            quartz.AddTrigger(trigger => trigger
                .ForJob(CrawlPartnersJob.Key)
                .WithIdentity(CrawlPartnersJob.WeeklyTriggerKey)
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
