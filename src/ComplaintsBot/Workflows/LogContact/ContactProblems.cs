using System.Globalization;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// What an officer is told when an answer about a contact cannot be taken, worded once for every way of logging one:
/// the logging cards (beside the input) and the "Log as a contact" dialog (on top of the form). The same mistake reads
/// the same wherever it is made, and each message names what it is about, so it reads in a list as well as beside
/// the input.
/// </summary>
public static class ContactProblems
{
    public const string NameMissing = "Type the customer's name, or tick Anonymous if they won't give one.";
    public const string Relationship = "Choose whether they are a tenant, leaseholder, applicant or other.";
    public const string Channel = "Choose how they contacted us.";
    public const string ReceivedDateMissing = "Choose the date it was received.";
    public const string ReceivedTimeUnreadable = "Choose the time it was received, like 09:30.";
    public const string Category = "Choose one of the policy's categories.";
    public const string IssueDateMissing = "Choose the date the issue happened.";
    public const string AwareDateMissing = "Choose when the customer became aware of the issue.";
    public const string AgeException = "It is still outside the time limit: choose the exception that applies, or None of these.";

    /// <summary>"The description cannot be empty."</summary>
    public static string Empty(string label) => $"{Capitalise(label)} cannot be empty.";

    /// <summary>"That is 5,120 characters; the description can be at most 4,000. Please shorten it."</summary>
    public static string TooLong(string label, int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"That is {length:N0} characters; {label} can be at most {limit:N0}. Please shorten it.");

    /// <summary>The typed question's received rules (ContactDialog): a date, a readable time if any, not after now, not before 2000.</summary>
    public static string? Received(DateOnly? date, TimeOnly? time, bool timeGiven, DateTimeOffset now)
    {
        if (date is not { } day) return ReceivedDateMissing;
        if (time is null && timeGiven) return ReceivedTimeUnreadable;
        if (day > LondonTime.DateOf(now) || (time is { } at && LondonTime.AtLondon(day, at) > now))
            return $"{UkDates.Show(day)}{(time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")} is in the future: the received date cannot be after now.";
        if (day < ContactDialog.EarliestReceived)
            return $"{UkDates.Show(day)} is before 1 January 2000, where case references start ({UkDates.Show(ContactDialog.EarliestReceived)}): the received date cannot be earlier.";
        return null;
    }

    /// <summary>The date the issue happened: not after the day the complaint was received, not before 1990 (ExclusionsDialog).</summary>
    public static string? IssueDate(DateOnly? issue, DateOnly receivedOn, DateTimeOffset now)
    {
        if (issue is not { } day) return IssueDateMissing;
        if (day > receivedOn) return $"{UkDates.Show(day)} is in the future: the date the issue happened cannot be after {Latest(receivedOn, now)}.";
        if (day < ExclusionsDialog.EarliestIssue)
            return $"{UkDates.Show(day)} is before 1 January 1990 ({UkDates.Show(ExclusionsDialog.EarliestIssue)}): the date the issue happened cannot be earlier.";
        return null;
    }

    /// <summary>The date the customer became aware: not after the day it was received, not before the issue.</summary>
    public static string? AwareDate(DateOnly? aware, DateOnly? issue, DateOnly receivedOn, DateTimeOffset now)
    {
        if (aware is not { } day) return AwareDateMissing;
        if (day > receivedOn) return $"{UkDates.Show(day)} is in the future: the date they became aware cannot be after {Latest(receivedOn, now)}.";
        if (issue is { } happened && day < happened)
            return $"{UkDates.Show(day)} is before the date the issue happened ({UkDates.Show(happened)}): the date they became aware cannot be earlier.";
        return null;
    }

    private static string Latest(DateOnly receivedOn, DateTimeOffset now) =>
        receivedOn == LondonTime.DateOf(now) ? "today" : $"the day it was received ({UkDates.Show(receivedOn)})";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
