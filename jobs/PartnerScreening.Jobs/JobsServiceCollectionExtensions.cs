using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Jobs.Crawling;
using PartnerScreening.Jobs.Scheduling;
using Quartz;

namespace PartnerScreening.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Quartz jobs, their triggers and the job store (<see cref="JobStoreConfiguration"/>). The scheduler
    /// itself runs only where a host adds <c>AddQuartzHostedService</c> (<c>serve</c>); the command-line subcommands
    /// never start it.
    /// </summary>
    public static IServiceCollection AddPartnerScreeningJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var ingestLists = configuration.GetSection(IngestListsJobOptions.SectionName).Get<IngestListsJobOptions>() ?? new IngestListsJobOptions();
        var ingestListsTimeZone = ResolveTimeZone(ingestLists.TimeZone, IngestListsJobOptions.SectionName);
        ValidateCron(ingestLists.Cron, IngestListsJobOptions.SectionName);

        services.AddCrawlPartners(configuration);
        services.AddQuartz(quartz =>
        {
            quartz.UsePartnerScreeningJobStore(configuration);
            quartz.ScheduleJob<IngestListsJob>(
                trigger => trigger
                    .WithIdentity("ingest-lists-daily", "lists")
                    .WithCronSchedule(ingestLists.Cron, cron => cron.InTimeZone(ingestListsTimeZone)),
                job => job
                    .WithIdentity(IngestListsJob.Key)
                    .WithDescription("Downloads and ingests every enabled list source"));

            quartz.AddRescreenJob(configuration);
            quartz.AddCrawlPartnersJob(configuration);
        });
        return services;
    }

    private static void ValidateCron(string cron, string section)
    {
        try
        {
            _ = new CronExpression(cron);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException(
                $"{section}:Cron '{cron}' is not a valid Quartz cron expression (seconds first, e.g. '0 30 2 * * ?'): {exception.Message}", exception);
        }
    }

    private static TimeZoneInfo ResolveTimeZone(string id, string section)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException exception)
        {
            throw new InvalidOperationException($"{section}:TimeZone '{id}' is not a time zone of this system; use an IANA id such as 'Asia/Tokyo'.", exception);
        }
    }
}
