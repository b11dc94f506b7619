using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>The seed policy files as the tests read them: loaded once from policies/ next to the test assembly.</summary>
internal static class SeedPolicies
{
    private static readonly Lazy<PolicyCatalog> Catalog = new(() => PolicyCatalog.Load());

    public static Policy Get(string id) => Catalog.Value.Get(id);

    public static void AssertDeadline(Deadline? deadline, Timescale within, CaseEvent from)
    {
        Assert.NotNull(deadline);
        Assert.Equal(within, deadline.Within);
        Assert.Equal(from, deadline.From);
    }
}
