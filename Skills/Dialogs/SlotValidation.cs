namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// A validator's verdict. The error is a string key (formatted with the value as typed, {0}) rather than
/// text, so the re-ask comes out in whichever language the conversation is in at that moment.
/// </summary>
public readonly record struct SlotValidation(bool IsValid, string? ErrorKey)
{
    public static SlotValidation Ok => new(true, null);

    public static SlotValidation Fail(string errorKey) => new(false, errorKey);
}
