namespace SalesCoach.Data.Demo;

/// <summary>The parts the demo's people and company names are built from (invented; any likeness is chance).</summary>
internal static class DemoNames
{
    public static readonly string[] Surnames =
        ["王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐"];

    public static readonly string[] GivenNames =
        ["芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "慧", "建华",
         "晓东", "丹", "鑫", "宇", "浩", "婷", "雪", "琳", "志强", "海燕", "文博", "子涵", "思远", "佳怡", "俊杰", "欣然"];

    public static readonly IReadOnlyDictionary<string, string[]> CitiesByRegion = new Dictionary<string, string[]>
    {
        ["east"] = ["上海", "杭州", "南京", "苏州", "宁波", "无锡", "合肥", "常州"],
        ["south"] = ["广州", "深圳", "东莞", "佛山", "厦门", "福州", "珠海", "南宁"],
        ["north"] = ["北京", "天津", "石家庄", "济南", "青岛", "太原", "大连", "唐山"],
    };

    public static readonly string[] Brands =
        ["恒达", "华信", "鼎盛", "宏远", "永泰", "金源", "瑞丰", "盛世", "天成", "博远", "联创", "新锐", "中和", "鸿运", "嘉禾",
         "汇通", "东方", "长青", "晨光", "海纳", "卓越", "正泰", "聚力", "康宁", "明德", "锦程", "百川", "九州", "星辰", "同创"];

    /// <summary>Industry, then the words a company in it puts in its name.</summary>
    public static readonly (string Industry, string[] Words)[] Industries =
    [
        ("制造", ["机械", "精工", "智能制造", "电子"]),
        ("零售", ["商贸", "百货", "连锁"]),
        ("医疗", ["医疗器械", "生物科技", "医药"]),
        ("教育", ["教育科技", "文化传播"]),
        ("物流", ["物流", "供应链管理"]),
        ("金融", ["投资", "融资租赁"]),
        ("软件", ["软件", "信息技术", "网络科技"]),
        ("餐饮", ["餐饮管理", "食品"]),
        ("建筑", ["建设工程", "建材"]),
        ("能源", ["新能源", "电力设备"]),
    ];

    public static readonly string[] Suffixes = ["有限公司", "有限公司", "股份有限公司", "集团有限公司"];
}
