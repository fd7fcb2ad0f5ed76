using SalesCoach.Data.Model;

namespace SalesCoach.Data.Access;

/// <summary>
/// The three people a demo visitor can be (the administrator, a manager and a rep of that manager's team),
/// chosen from the sales data by one rule so that "扮演 经理" in chat and the web's demo sign-in pick the
/// same person.
/// </summary>
public sealed record DemoPersonas(SalesUser? Admin, SalesUser? Manager, SalesUser? Rep)
{
    /// <summary>The first administrator, the first manager (by id) and the first rep of that manager's team.</summary>
    public static DemoPersonas From(OrgSnapshot org)
    {
        var users = org.Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var manager = users.FirstOrDefault(u => u.Role == SalesRole.Manager);
        var rep = users.FirstOrDefault(u => u.Role == SalesRole.Rep && (manager is null || u.TeamId == manager.TeamId));
        return new DemoPersonas(org.FirstAdmin(), manager, rep);
    }

    public SalesUser? For(SalesRole role) => role switch
    {
        SalesRole.Admin => Admin,
        SalesRole.Manager => Manager,
        _ => Rep,
    };

    /// <summary>The personas that exist, administrator first.</summary>
    public IEnumerable<SalesUser> All => new[] { Admin, Manager, Rep }.OfType<SalesUser>();
}
