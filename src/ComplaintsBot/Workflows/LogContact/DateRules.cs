namespace ComplaintsBot.Workflows.LogContact;

/// <summary>How a date answer is checked; kept in the prompt's options, so plain values.</summary>
/// <param name="Label">What the date is, for messages ("the date the issue happened").</param>
/// <param name="Earliest">The earliest date allowed, if any.</param>
/// <param name="EarliestLabel">What that earliest date is ("the date the issue happened").</param>
/// <param name="Latest">The latest date allowed (today, or the day the contact was received).</param>
/// <param name="LatestLabel">What the latest date is ("today", "the day it was received").</param>
/// <param name="AllowNow">Whether "now" is an answer (the received time).</param>
public sealed record DateRules(string Label, DateOnly? Earliest, string? EarliestLabel, DateOnly Latest, string LatestLabel, bool AllowNow);
