using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;
using SalesCoach.Data.Model;
using static SalesCoach.Tests.Import.ZohoScenario;

namespace SalesCoach.Tests.Import;

/// <summary>
/// A 纷享销客 company: personnel and customers as GB18030 CSV (what Excel on a Chinese Windows saves),
/// 商机 as UTF-8 CSV with Chinese headers and Chinese date forms, 销售订单 as XLSX, and one 商机 file
/// with the English UI's headers. Owners (负责人) and customers (客户名称) are names, as 纷享 exports them.
/// </summary>
internal static class FxiaokeScenario
{
    public static async Task RunAsync(ImportTestDatabase db, SampleFiles files)
    {
        var users = files.Csv("人员.csv", SampleFiles.Gb18030,
            ["员工ID", "姓名", "邮箱", "角色", "主属部门", "区域", "汇报对象"],
            ["1001", "王芳", "wangfang@example.cn", "销售人员", "华南一组", "华南", "刘强"],
            ["1002", "刘强", "liuqiang@example.cn", "销售经理", "华南一组", "华南", ""],
            ["1003", "陈静", "", "CRM管理员", "", "华南", ""]);
        await db.ImportOkAsync(users, ImportEntity.Users, "fxiaoke");

        var customers = files.Csv("客户.csv", SampleFiles.Gb18030,
            ["客户编号", "客户名称", "行业", "负责人", "创建时间", "最后跟进时间"],
            ["KH-0001", "深圳市某某科技有限公司", "互联网", "王芳", "2024/3/5 14:30", "2024年3月10日 09:05"],
            ["KH-0002", "广州某某贸易有限公司", "批发零售", "刘强", "2024-01-02 08:00:00", ""]);
        await db.ImportOkAsync(customers, ImportEntity.Customers, "fxiaoke");

        var deals = files.Csv("商机.csv", SampleFiles.Utf8Bom,
            ["商机编号", "商机名称", "客户名称", "负责人", "商机阶段", "商机金额", "预计成交日期", "创建时间"],
            ["SJ-0001", "一期项目", "深圳市某某科技有限公司", "王芳", "赢单", "￥88,000.00", "2024-03-28", "2024-03-05 14:30:00"],
            ["SJ-0002", "二期项目", "深圳市某某科技有限公司", "王芳", "方案/报价", "50000", "2024-05-01", "2024/3/6 9:00"],
            ["SJ-0003", "续约", "广州某某贸易有限公司", "刘强", "验证客户", "", "", "2024-03-07 10:00:00"]);
        await db.ImportOkAsync(deals, ImportEntity.Deals, "fxiaoke");

        var english = files.Csv("opportunities-en.csv", SampleFiles.Utf8Bom,
            ["Opportunity No.", "Account Name", "Owner", "Stage", "Amount", "Expected Close Date", "Created Time"],
            ["SJ-0004", "广州某某贸易有限公司", "刘强", "输单", "12000", "2024-03-30", "2024-03-08 11:00:00"]);
        await db.ImportOkAsync(english, ImportEntity.Deals, "fxiaoke");

        var orders = files.Xlsx("销售订单.xlsx",
            ["销售订单编号", "客户名称", "负责人", "订单金额", "下单日期", "发货日期"],
            ["SO2024030001", "深圳市某某科技有限公司", "王芳", 88000, new DateTime(2024, 3, 28), new DateTime(2024, 3, 30, 10, 0, 0)],
            ["SO2024030002", "广州某某贸易有限公司", "刘强", "¥6,500", "2024-03-29", null]);
        await db.ImportOkAsync(orders, ImportEntity.Orders, "fxiaoke");

        await db.QueryAsync(async d =>
        {
            var wang = await d.Users.SingleAsync(u => u.Name == "王芳");
            var liu = await d.Users.SingleAsync(u => u.Name == "刘强");
            var chen = await d.Users.SingleAsync(u => u.Name == "陈静");
            Assert.Equal((SalesRole.Rep, SalesRole.Manager, SalesRole.Admin), (wang.Role, liu.Role, chen.Role));
            Assert.Equal(liu.Id, wang.ManagerId);
            Assert.Null(chen.Email);
            var south = await d.Regions.SingleAsync(r => r.Name == "华南");
            Assert.Equal((south.Id, null), (chen.RegionId, chen.TeamId));
            Assert.Equal(south.Id, wang.RegionId);

            var shenzhen = await d.Customers.SingleAsync(c => c.SourceSystem == "fxiaoke" && c.SourceId == "KH-0001");
            Assert.Equal(("深圳市某某科技有限公司", "互联网", wang.Id, wang.TeamId), (shenzhen.Name, shenzhen.Industry, shenzhen.OwnerId, shenzhen.TeamId));
            Assert.Equal(Utc(2024, 3, 5, 6, 30), shenzhen.CreatedAt);
            Assert.Equal(Utc(2024, 3, 10, 1, 5), shenzhen.LastContactAt);

            var won = await d.Deals.SingleAsync(x => x.SourceId == "SJ-0001");
            Assert.Equal((DealStage.Won, 88000m, "CNY", shenzhen.Id, wang.Id, wang.TeamId, wang.RegionId),
                (won.Stage, won.Amount, won.Currency, won.CustomerId, won.OwnerId, won.TeamId, won.RegionId));
            Assert.Equal((Utc(2024, 3, 5, 6, 30), Utc(2024, 3, 27, 16, 0)), (won.CreatedAt, won.ClosedAt!.Value));
            var proposal = await d.Deals.SingleAsync(x => x.SourceId == "SJ-0002");
            Assert.Equal((DealStage.Proposal, Utc(2024, 3, 6, 1, 0)), (proposal.Stage, proposal.CreatedAt));
            Assert.Null(proposal.ClosedAt);
            var lead = await d.Deals.SingleAsync(x => x.SourceId == "SJ-0003");
            Assert.Equal((DealStage.Lead, 0m), (lead.Stage, lead.Amount));
            var lost = await d.Deals.SingleAsync(x => x.SourceId == "SJ-0004");
            Assert.Equal((DealStage.Lost, liu.Id, Utc(2024, 3, 29, 16, 0)), (lost.Stage, lost.OwnerId, lost.ClosedAt!.Value));

            var first = await d.Orders.SingleAsync(o => o.SourceId == "SO2024030001");
            Assert.Equal((88000m, "CNY", shenzhen.Id, wang.TeamId), (first.Amount, first.Currency, first.CustomerId, first.TeamId));
            Assert.Equal((Utc(2024, 3, 27, 16, 0), Utc(2024, 3, 30, 2, 0)), (first.CreatedAt, first.FulfilledAt!.Value));
            var second = await d.Orders.SingleAsync(o => o.SourceId == "SO2024030002");
            Assert.Equal((6500m, liu.Id), (second.Amount, second.OwnerId));
            Assert.Null(second.FulfilledAt);
            return 0;
        });
    }
}
