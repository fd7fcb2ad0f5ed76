using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoach.Data;
using SalesCoach.Data.Access;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Proactive;
using SalesCoach.Skills.Reminders.Callbacks;
using SalesCoach.Skills.Reminders.Digest;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders, callback suggestions and the digest (the data services must be added too). <paramref name="clock"/>
    /// is the company clock: its zone is the default for users whose channel does not report one.
    /// </summary>
    public static IServiceCollection AddRemindersSkill(this IServiceCollection services, Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddOptions<CallbackOptions>().BindConfiguration(CallbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ReminderStore(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SalesCoachDbContext>>(), clock(sp)));
        services.AddSingleton<CustomerQueries>();
        services.AddSingleton(sp => new ReminderOwners(sp.GetRequiredService<ViewerResolver>(), clock(sp)));
        services.AddSingleton<ReminderScheduling>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReminderActions>(sp, clock(sp)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReminderManager>(sp, clock(sp)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CallbackSuggestions>(sp, clock(sp)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DigestSettingsService>(sp, clock(sp)));
        services.AddSingleton<ReminderCommands>();
        services.AddSingleton<ReminderReferents>();
        services.TryAddSingleton<IGoalPaceSource, NoGoalPaceSource>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<KpiAlertFinder>(sp));
        services.AddSingleton<IProactiveComposer>(sp => ActivatorUtilities.CreateInstance<ReminderComposer>(sp, clock(sp)));
        services.AddSingleton<IProactiveComposer>(sp => ActivatorUtilities.CreateInstance<DigestComposer>(sp, clock(sp)));
        // The delivery (Bot/, Quartz) registers the real schedule; without it reminders are kept but not sent.
        services.TryAddSingleton<IProactiveSchedule, UndeliveredProactiveSchedule>();
        return services.AddSkill<ReminderSkill>();
    }
}
