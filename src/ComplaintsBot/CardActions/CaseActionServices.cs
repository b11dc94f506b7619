using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;

namespace ComplaintsBot.CardActions;

/// <summary>What every verb on a case is built with, handed to <see cref="CaseCardAction"/> in one piece.</summary>
public sealed record CaseActionServices(
    CaseService Cases,
    StaffDirectory Staff,
    CaseDeadlines Deadlines,
    ICaseCards CaseCards,
    CardMessenger Messenger,
    CaseAccess Access,
    EntraRoleSync DirectoryRoles,
    TimeProvider Clock);
