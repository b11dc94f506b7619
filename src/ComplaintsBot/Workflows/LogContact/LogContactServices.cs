using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Hosting;
using ComplaintsBot.Workflows.CaseCard;
using ComplaintsBot.Workflows.ContactRestrictions;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>What the logging dialogs need: the active policy, the clock, the store and the people in it.</summary>
public sealed record LogContactServices(
    ActivePolicy ActivePolicy,
    TimeProvider Clock,
    DeadlineCalculator Deadlines,
    ContactLogging Logging,
    StaffDirectory Directory,
    CaseCardView CaseCard,
    CardMessenger Messenger,
    ManagerAlerts Alerts,
    ContactRestrictionNotices Restrictions);
