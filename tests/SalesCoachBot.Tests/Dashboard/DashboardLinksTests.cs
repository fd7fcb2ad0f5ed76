using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesCoach.Bot.Dashboard;
using SalesCoach.Skills.Dashboard;

namespace SalesCoach.Tests.Dashboard;

/// <summary>Where the cards' dashboard links point: the configured public address, else (Development only) the bound one, else nowhere.</summary>
public sealed class DashboardLinksTests
{
    [Fact]
    public void TheConfiguredPublicAddressWinsAndKeepsItsPathPrefix()
    {
        var links = new DashboardLinks(Options.Create(new DashboardOptions { PublicBaseUrl = "https://coach.example.com/sales" }), Host("http://localhost:3978"));
        var url = links.Url("team:east-1", "2026-11", "revenue")!;
        Assert.Equal("https://coach.example.com/sales/dashboard?scope=team%3Aeast-1&period=2026-11&metric=revenue", url.AbsoluteUri);
        var action = links.OpenAction("zh-CN", "company", null, null)!;
        Assert.Equal("Action.OpenUrl", action["type"]!.GetValue<string>());
        Assert.Equal("在仪表盘中打开", action["title"]!.GetValue<string>());
        Assert.Equal("https://coach.example.com/sales/dashboard?scope=company", action["url"]!.GetValue<string>());
        Assert.Equal("Open in dashboard", links.OpenAction("en-US", null, null, null)!["title"]!.GetValue<string>());
    }

    [Fact]
    public void WithoutOneTheBoundAddressIsUsedInDevelopmentAndNoButtonIsOfferedElsewhere()
    {
        var none = Options.Create(new DashboardOptions());
        var development = new DashboardLinks(none, new KestrelDashboardAddress(Server("http://[::]:3978"), Environment(Environments.Development)));
        Assert.Equal("http://localhost:3978/dashboard?period=2026-Q4", development.Url(null, "2026-Q4", null)!.AbsoluteUri);

        var production = new DashboardLinks(none, new KestrelDashboardAddress(Server("http://0.0.0.0:8080"), Environment(Environments.Production)));
        Assert.False(production.IsEnabled);
        Assert.Null(production.OpenAction("zh-CN", "company", "2026-11", "revenue"));
        // The admin commands build the services without a server: no address, no button.
        Assert.False(new DashboardLinks(none, new KestrelDashboardAddress(new ServiceCollection().BuildServiceProvider(), Environment(Environments.Development))).IsEnabled);
        Assert.False(new DashboardLinks(Options.Create(new DashboardOptions { PublicBaseUrl = "coach.example.com" })).IsEnabled);
    }

    private static IDashboardHostAddress Host(string address) => new KestrelDashboardAddress(Server(address), Environment(Environments.Development));

    private static IServiceProvider Server(string address)
    {
        var features = new FeatureCollection();
        var addresses = new ServerAddressesFeature();
        addresses.Addresses.Add(address);
        features.Set<IServerAddressesFeature>(addresses);
        return new ServiceCollection().AddSingleton<IServer>(new BoundServer(features)).BuildServiceProvider();
    }

    private static IHostEnvironment Environment(string name) => new NamedEnvironment { EnvironmentName = name };

    private sealed class NamedEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "SalesCoachBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    private sealed class BoundServer(IFeatureCollection features) : IServer
    {
        public IFeatureCollection Features => features;
        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }
    }
}
