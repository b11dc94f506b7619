namespace ComplaintsBot.Demo;

/// <summary>What a demo year holds, as the command reports it.</summary>
public sealed record DemoSummary(
    DateOnly From, DateOnly To, int Staff, int Contacts, int Complaints, int Stage2, int Extensions, int WithCompensation,
    int OpenAtEnd, IReadOnlyList<string> Policies, int OmbudsmanDeterminations = 0);
