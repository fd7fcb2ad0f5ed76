namespace SalesCoach.Data.Model;

/// <summary>What a user may see: a rep their own figures, a manager their team's, an admin everything.</summary>
public enum SalesRole
{
    Rep,
    Manager,
    Admin,
}
