using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.Responses;

/// <summary>A stage's response deadline with and without an extension, for the extension cards.</summary>
public sealed class ResponseDeadlines(DeadlineCalculator deadlines, TimeProvider clock)
{
    public static DeadlineKind KindFor(int stage) => stage == 1 ? DeadlineKind.Stage1Response : DeadlineKind.Stage2Response;

    /// <summary>The stage's response deadline when <paramref name="extensionDays"/> working days of extensions are approved in all.</summary>
    public CaseDeadline? With(Case @case, Policy policy, int stage, int extensionDays)
    {
        if (@case.Timeline(policy) is not { } timeline) return null;
        timeline = stage == 1 ? timeline with { Stage1ExtensionWorkingDays = extensionDays } : timeline with { Stage2ExtensionWorkingDays = extensionDays };
        return deadlines.Compute(policy, timeline, clock.GetUtcNow()).Find(KindFor(stage));
    }

    /// <summary>The current deadlines of the case.</summary>
    public DeadlineSet Now(Case @case, Policy policy) =>
        @case.Timeline(policy) is { } timeline ? deadlines.Compute(policy, timeline, clock.GetUtcNow()) : default;
}
