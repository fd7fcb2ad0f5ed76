using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Presets;

/// <summary>
/// 纷享销客 (fxiaoke) list exports, Chinese labels first and the English UI's labels after them.
/// Confirmed from the product's object fields: 商机名称, 客户名称, 负责人, 商机阶段, 商机金额, 预计成交日期,
/// 创建时间, 客户编号, 销售订单编号, 订单金额, 下单日期 and the standard stages (验证客户, 需求确定,
/// 方案/报价, 谈判审核, 赢单, 输单). Not confirmed against a real export: 数据ID as a column, the
/// personnel (人员) export headers, 币种, 销售渠道, 发货日期, 最后跟进时间, and every English label.
/// 负责人 and 客户名称 export as names, so references resolve by id first and by a unique name after.
/// </summary>
internal static class FxiaokePreset
{
    public static readonly ImportPreset Instance = new()
    {
        Name = "fxiaoke",
        Stages = CommonValues.With(CommonValues.Stages, new Dictionary<string, DealStage>
        {
            ["验证客户"] = DealStage.Lead,
            ["需求确定"] = DealStage.Qualified,
            ["方案/报价"] = DealStage.Proposal,
            ["谈判审核"] = DealStage.Negotiation,
            ["赢单"] = DealStage.Won,
            ["输单"] = DealStage.Lost,
            ["无效"] = DealStage.Lost,
        }),
        Roles = CommonValues.With(CommonValues.Roles, new Dictionary<string, SalesRole>
        {
            ["CRM管理员"] = SalesRole.Admin,
            ["销售主管"] = SalesRole.Manager,
            ["部门负责人"] = SalesRole.Manager,
            ["普通员工"] = SalesRole.Rep,
        }),
        Columns = new Dictionary<ImportEntity, IReadOnlyList<ImportColumn>>
        {
            [ImportEntity.Users] =
            [
                new(Id, true, "员工ID", "员工编号", "用户ID", "数据ID", "Employee ID"), new(Name, true, "姓名", "Name"),
                new(Email, false, "邮箱", "Email"), new(Role, false, "角色", "Role"),
                new(ImportFields.Team, false, "主属部门", "部门", "Department"), new(ImportFields.Region, false, "区域", "Region"),
                new(ManagerId, false, "汇报对象", "Supervisor"),
            ],
            [ImportEntity.Customers] =
            [
                new(Id, true, "数据ID", "客户编号", "Account No."), new(Name, true, "客户名称", "Account Name"),
                new(Industry, false, "行业", "所属行业", "Industry"), new(OwnerId, false, "负责人", "Owner"),
                new(CreatedAt, true, "创建时间", "Created Time", "Create Time"),
                new(LastContactAt, false, "最后跟进时间", "Last Follow-up Time"),
            ],
            [ImportEntity.Deals] =
            [
                new(Id, true, "数据ID", "商机编号", "Opportunity No."), new(CustomerId, true, "客户名称", "Account Name"),
                new(OwnerId, true, "负责人", "Owner"), new(Stage, true, "商机阶段", "阶段", "Sales Stage", "Stage"),
                new(Amount, false, "商机金额", "Amount"), new(Currency, false, "币种", "Currency"),
                new(Channel, false, "销售渠道", "商机来源", "Source"),
                new(CreatedAt, true, "创建时间", "Created Time", "Create Time"),
                new(ClosedAt, false, "预计成交日期", "Expected Close Date"),
            ],
            [ImportEntity.Orders] =
            [
                new(Id, true, "销售订单编号", "订单编号", "数据ID", "Sales Order No."), new(CustomerId, true, "客户名称", "Account Name"),
                new(OwnerId, true, "负责人", "Owner"), new(Amount, true, "订单金额", "销售订单金额", "Order Amount"),
                new(Currency, false, "币种", "Currency"), new(Channel, false, "销售渠道", "Channel"),
                new(CreatedAt, true, "下单日期", "创建时间", "Order Date"), new(FulfilledAt, false, "发货日期", "Delivery Date"),
            ],
        },
    };
}
