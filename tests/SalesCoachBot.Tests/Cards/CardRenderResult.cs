namespace SalesCoach.Tests.Cards;

/// <summary>What Microsoft's Adaptive Cards renderer made of one card (see tests/e2e/render-cards.mjs).</summary>
/// <param name="ParseErrors">Parse and validation events at schema 1.5; empty for a good card.</param>
/// <param name="Rendered">The renderer produced a non-empty element.</param>
/// <param name="Text">The rendered card's visible text (innerText in Chromium).</param>
/// <param name="InputIds">Ids of every input, including those in Action.ShowCard cards (null for an input without id).</param>
/// <param name="ActionTitles">Titles of every action, top-level and in action sets.</param>
/// <param name="Images">Each image as shown in the card: its widths and the height of its lowest line of text (axis labels), in CSS px.</param>
public sealed record CardRenderResult(
    IReadOnlyList<string> ParseErrors,
    bool Rendered,
    string Text,
    IReadOnlyList<string?> InputIds,
    IReadOnlyList<string> ActionTitles,
    IReadOnlyList<CardImage>? Images = null)
{
    public override string ToString() =>
        $"rendered={Rendered}; errors=[{string.Join("; ", ParseErrors)}]; inputs=[{string.Join(", ", InputIds)}]; actions=[{string.Join(", ", ActionTitles)}]; text={Text}";
}

/// <summary>An image as the card showed it.</summary>
public sealed record CardImage(int NaturalWidth, double ShownWidth, double LabelPx);
