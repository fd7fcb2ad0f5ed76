namespace SalesCoach.Knowledge.Text;

/// <summary>Which script a text is mostly written in; decides the analyzer and the answer's language.</summary>
public static class Script
{
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>"zh" when a text has Chinese characters in any real number (one per ten letters), else "en".</summary>
    public static string Language(string text)
    {
        int cjk = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsCjk(c)) cjk++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return cjk > 0 && cjk * 10 >= latin ? "zh" : "en";
    }

    /// <summary>Full-width ASCII forms (，：？（ etc.) as their half-width twins, so patterns need one spelling.</summary>
    public static string ToHalfWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uff01' and <= '\uff5e') chars[i] = (char)(c - 0xfee0);
            else if (c == '\u3000') chars[i] = ' ';
        }
        return new string(chars);
    }
}
