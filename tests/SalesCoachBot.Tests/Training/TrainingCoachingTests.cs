using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Training;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Training;

/// <summary>Every KPI a plan can name leads to a playbook section that exists and to words in both languages.</summary>
public sealed class TrainingCoachingTests
{
    public static TheoryData<string> Metrics() => [.. KpiCatalogue.All.Where(k => k.Key != KpiCatalogue.GrowthRate).Select(k => k.Key)];

    [Theory]
    [MemberData(nameof(Metrics))]
    public void EveryMetricLinksAnExistingPlaybookSectionAndHasAFocusInBothLanguages(string metric)
    {
        var coaching = TrainingCoaching.For(metric);
        foreach (var locale in new[] { "zh-CN", "en-US" })
        {
            var playbook = File.ReadAllText(RepositoryPaths.InRepository("Knowledge", "Playbook", $"playbook.{locale}.md"));
            Assert.Contains($"{{#{coaching.PlaybookSection}}}", playbook);
            Assert.False(string.IsNullOrWhiteSpace(Strings.Get(locale, "training.focus." + metric)));
            Assert.False(string.IsNullOrWhiteSpace(Strings.Get(locale, "training.format." + coaching.Format)));
        }
    }

    [Fact]
    public void TheDefaultMetricsAreCatalogueKpis() =>
        Assert.All(new TrainingOptions().Metrics, m => Assert.NotNull(KpiCatalogue.Find(m)));

    [Fact]
    public void ConversionIsPractisedAndProspectingIsTaughtFromOutside()
    {
        Assert.Equal((TrainingFormat.RolePlay, "internal-training"), (TrainingCoaching.For(KpiCatalogue.ConversionRate).Format, TrainingCoaching.For(KpiCatalogue.ConversionRate).PlaybookSection));
        Assert.Equal(TrainingFormat.External, TrainingCoaching.For(KpiCatalogue.NewCustomers).Format);
    }
}
