using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// What the crash and load-balancer tests check of a case a driven conversation logged. Kept beside the driver, not in
/// it, because the instances benchmark compiles the driver without the test framework.
/// </summary>
public static class LoggedCaseAssertions
{
    /// <summary>The case <paramref name="logged"/> holds every answer of the conversation, each under its own question.</summary>
    public static void AssertHeldBy(this LoggingConversationDriver.Answers answers, Case logged)
    {
        Assert.Equal(answers.Name, logged.Customer.Name);
        Assert.Equal(answers.Reference, logged.Customer.TenancyReference);
        Assert.Equal(answers.Description, logged.Description);
        Assert.Equal(answers.Wants, logged.DesiredOutcome);
        Assert.Equal(ContactKind.Complaint, logged.Kind);
        Assert.Equal(ContactChannel.Phone, logged.Channel);
        Assert.Equal("Repairs", logged.ServiceArea);
    }
}
