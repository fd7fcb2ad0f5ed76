using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Presets;

/// <summary>
/// Zoho CRM module exports (English field labels). Accounts, Deals and Sales Orders use the standard
/// labels ("Record Id", "Deal Owner", "Account Name", "Closing Date", "Grand Total", "Created Time"...).
/// Lookups export as the record's name; where a file carries the id column instead ("Account Name.id",
/// as Zoho's bulk files name lookups) that column is preferred.
/// Not confirmed against a real export: the Users headers (Zoho has no fixed user export, these are the
/// user record's labels) and "Channel" (no standard field; "Lead Source" is the nearest one).
/// Sales Orders carry no fulfilment time, so 订单处理时间 stays empty for Zoho orders.
/// </summary>
internal static class ZohoPreset
{
    public static readonly ImportPreset Instance = new()
    {
        Name = "zoho",
        Stages = CommonValues.With(CommonValues.Stages, new Dictionary<string, DealStage>
        {
            ["Qualification"] = DealStage.Lead,
            ["Needs Analysis"] = DealStage.Qualified,
            ["Value Proposition"] = DealStage.Qualified,
            ["Id. Decision Makers"] = DealStage.Qualified,
            ["Identify Decision Makers"] = DealStage.Qualified,
            ["Perception Analysis"] = DealStage.Qualified,
            ["Proposal/Price Quote"] = DealStage.Proposal,
            ["Negotiation/Review"] = DealStage.Negotiation,
            ["Closed Won"] = DealStage.Won,
            ["Closed Lost"] = DealStage.Lost,
            ["Closed Lost to Competition"] = DealStage.Lost,
        }),
        // Zoho's default roles (CEO, Manager) and profiles (Administrator, Standard).
        Roles = CommonValues.With(CommonValues.Roles, new Dictionary<string, SalesRole>
        {
            ["CEO"] = SalesRole.Admin,
            ["Administrator"] = SalesRole.Admin,
            ["Sales Manager"] = SalesRole.Manager,
            ["Standard"] = SalesRole.Rep,
            ["Sales Rep"] = SalesRole.Rep,
            ["Sales Representative"] = SalesRole.Rep,
        }),
        Columns = new Dictionary<ImportEntity, IReadOnlyList<ImportColumn>>
        {
            [ImportEntity.Users] =
            [
                new(Id, true, "User Id", "Record Id", "Id"), new(Name, true, "Full Name", "User Name", "Name"),
                new(Email, false, "Email"), new(Role, false, "Role", "Profile"), new(ImportFields.Team, false, "Team", "Group"),
                new(ImportFields.Region, false, "Territory", "Territories", "Region"), new(ManagerId, false, "Reports To", "Manager"),
                new(ImportFields.TimeZone, false, "Time Zone"),
            ],
            [ImportEntity.Customers] =
            [
                new(Id, true, "Record Id"), new(Name, true, "Account Name"), new(Industry, false, "Industry"),
                new(OwnerId, false, "Account Owner.id", "Account Owner Id", "Account Owner"),
                new(CreatedAt, true, "Created Time"), new(LastContactAt, false, "Last Activity Time"),
            ],
            [ImportEntity.Deals] =
            [
                new(Id, true, "Record Id"), new(CustomerId, true, "Account Name.id", "Account Id", "Account Name"),
                new(OwnerId, true, "Deal Owner.id", "Deal Owner Id", "Deal Owner"), new(Stage, true, "Stage"),
                new(Amount, false, "Amount"), new(Currency, false, "Currency"), new(Channel, false, "Channel", "Lead Source"),
                new(CreatedAt, true, "Created Time"), new(ClosedAt, false, "Closing Date"),
            ],
            [ImportEntity.Orders] =
            [
                new(Id, true, "Record Id"), new(CustomerId, true, "Account Name.id", "Account Id", "Account Name"),
                new(OwnerId, true, "Sales Order Owner.id", "Sales Order Owner Id", "Sales Order Owner"),
                new(Amount, true, "Grand Total"), new(Currency, false, "Currency"), new(Channel, false, "Channel"),
                new(CreatedAt, true, "Created Time"),
            ],
        },
    };
}
