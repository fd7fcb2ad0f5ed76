namespace SalesCoach.Data.Risk;

/// <summary>
/// How a figure becomes a proposed likelihood (1-5). Shares: under 10% is 1, 10-20% 2, 20-30% 3, 30-50% 4, half
/// or more 5. A conversion drop in points: none 1, under 5 points 2, 5-10 3, 10-20 4, 20 or more 5.
/// </summary>
public static class RiskBands
{
    public static int Share(double share) => share switch
    {
        < 0.10 => 1,
        < 0.20 => 2,
        < 0.30 => 3,
        < 0.50 => 4,
        _ => 5,
    };

    public static int Drop(double points) => points switch
    {
        <= 0 => 1,
        < 5 => 2,
        < 10 => 3,
        < 20 => 4,
        _ => 5,
    };
}
