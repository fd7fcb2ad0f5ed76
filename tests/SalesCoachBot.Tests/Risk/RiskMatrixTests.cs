using System.Text.RegularExpressions;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Risk;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Risk;

public sealed class RiskMatrixTests
{
    [Theory]
    [InlineData(1, 4, RiskLevel.Low)]
    [InlineData(2, 2, RiskLevel.Low)]
    [InlineData(1, 5, RiskLevel.Medium)]
    [InlineData(3, 4, RiskLevel.Medium)]
    [InlineData(3, 5, RiskLevel.High)]
    [InlineData(5, 5, RiskLevel.High)]
    public void ScoresBandIntoThePlaybookLevels(int likelihood, int impact, RiskLevel level) =>
        Assert.Equal(level, RiskMatrix.Level(RiskMatrix.Score(likelihood, impact)));

    [Fact]
    public void TheProposedResponseFollowsTheLevel()
    {
        var credit = RiskCatalogue.Find("customer_credit")!;
        Assert.Equal(RiskResponse.Transfer, RiskMatrix.DefaultResponse(credit, RiskLevel.High));
        Assert.Equal(RiskResponse.Mitigate, RiskMatrix.DefaultResponse(credit, RiskLevel.Medium));
        Assert.Equal(RiskResponse.Accept, RiskMatrix.DefaultResponse(credit, RiskLevel.Low));
        Assert.Equal(RiskResponse.Avoid, RiskMatrix.DefaultResponse(RiskCatalogue.Find("policy_compliance")!, RiskLevel.High));
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.099, 1)]
    [InlineData(0.10, 2)]
    [InlineData(0.25, 3)]
    [InlineData(0.351, 4)]
    [InlineData(0.50, 5)]
    public void SharesBecomeLikelihoods(double share, int likelihood) => Assert.Equal(likelihood, RiskBands.Share(share));

    [Theory]
    [InlineData(-3.0, 1)]
    [InlineData(0.0, 1)]
    [InlineData(4.9, 2)]
    [InlineData(5.0, 3)]
    [InlineData(19.9, 4)]
    [InlineData(30.0, 5)]
    public void ConversionDropsBecomeLikelihoods(double points, int likelihood) => Assert.Equal(likelihood, RiskBands.Drop(points));

    [Fact]
    public void TheCatalogueCoversTheGuidesRiskTypesWithNamesInBothLanguagesAndExistingPlaybookSections()
    {
        Assert.Equal(3, RiskCatalogue.All.Count(r => r.Category == RiskCategory.Internal));
        Assert.Equal(6, RiskCatalogue.All.Count(r => r.Category == RiskCategory.External));
        Assert.Equal(RiskCatalogue.All.Count, RiskCatalogue.All.Select(r => r.Key).Distinct().Count());
        foreach (var signal in Enum.GetValues<RiskSignalKind>())
            Assert.Single(RiskCatalogue.All, r => r.Signal == signal);
        foreach (var locale in new[] { Locales.Chinese, Locales.English })
        {
            var playbook = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Knowledge", "Playbook", $"playbook.{locale}.md"));
            var anchors = Regex.Matches(playbook, @"\{#([a-z0-9-]+)\}").Select(m => m.Groups[1].Value).ToHashSet();
            foreach (var risk in RiskCatalogue.All)
            {
                Assert.Contains(risk.SectionId, anchors);
                Assert.True(Strings.Has(locale, $"risk.item.{risk.Key}.name") && Strings.Has(locale, $"risk.item.{risk.Key}.hint"), risk.Key);
                Assert.NotEqual(RiskText.Name(Locales.Chinese, risk.Key), RiskText.Name(Locales.English, risk.Key));
            }
        }
    }
}
