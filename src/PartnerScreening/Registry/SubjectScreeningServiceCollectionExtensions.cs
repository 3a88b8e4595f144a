namespace PartnerScreening.Registry;

public static class SubjectScreeningServiceCollectionExtensions
{
    /// <summary>Registers the screening of single registry subjects and the screening states the registry pages show.</summary>
    public static IServiceCollection AddSubjectScreening(this IServiceCollection services)
    {
        services.AddSingleton<SubjectHitsService>();
        services.AddSingleton<SubjectScreeningStates>();
        return services;
    }
}
