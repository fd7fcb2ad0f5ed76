namespace SalesCoach.Data.Model;

/// <summary>How a rep and a customer were in touch; callbacks answer an inbound request.</summary>
public enum InteractionKind
{
    Call,
    Visit,
    Email,
    Callback,
}
