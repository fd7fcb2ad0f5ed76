namespace SalesCoach.Data.Import;

/// <summary>Our field names; the generic preset's headers are exactly these, the CRM presets map their own headers onto them.</summary>
public static class ImportFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string Team = "team";
    public const string Region = "region";
    public const string ManagerId = "manager_id";
    public const string TimeZone = "timezone";
    public const string AadObjectId = "aad_object_id";
    public const string Industry = "industry";
    public const string OwnerId = "owner_id";
    public const string CustomerId = "customer_id";
    public const string Stage = "stage";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string Channel = "channel";
    public const string CreatedAt = "created_at";
    public const string ClosedAt = "closed_at";
    public const string FulfilledAt = "fulfilled_at";
    public const string LastContactAt = "last_contact_at";
}
