using SalesCoach.Skills.Routing;

namespace SalesCoach.Tests.Skills;

public sealed class CoreCommandRecognizerTests
{
    [Theory]
    [InlineData("help", CoreCommand.Help)]
    [InlineData("  HELP!  ", CoreCommand.Help)]
    [InlineData("帮助", CoreCommand.Help)]
    [InlineData("帮助。", CoreCommand.Help)]
    [InlineData("？", CoreCommand.Help)]
    [InlineData("ｈｅｌｐ", CoreCommand.Help)]
    [InlineData("cancel", CoreCommand.Cancel)]
    [InlineData("取消", CoreCommand.Cancel)]
    [InlineData("算了", CoreCommand.Cancel)]
    [InlineData("说中文", CoreCommand.SwitchToChinese)]
    [InlineData("English please", CoreCommand.SwitchToEnglish)]
    [InlineData("english   please", CoreCommand.SwitchToEnglish)]
    [InlineData("你好", CoreCommand.Greeting)]
    public void RecognisesAlwaysAvailableCommands(string text, CoreCommand expected) =>
        Assert.Equal(expected, CoreCommandRecognizer.Recognize(text));

    [Theory]
    [InlineData("cancel my reminder for Globex")]
    [InlineData("帮助我设定一个目标")]
    [InlineData("what is our revenue this month")]
    [InlineData("")]
    public void LeavesSkillRequestsToTheRouter(string text) =>
        Assert.Equal(CoreCommand.None, CoreCommandRecognizer.Recognize(text));
}
