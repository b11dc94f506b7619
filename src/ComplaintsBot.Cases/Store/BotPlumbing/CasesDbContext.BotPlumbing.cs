using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// The bot's plumbing in the store's database: bot state (IStorage rows, the redelivery guard's among them), where
/// each person and conversation is reached, the card messages sent (to update every copy), and the complaints channel feed with its messages. They belong to the bot,
/// not to the case model: no case entity refers to them and no rule reads them. They live in the cases context so that
/// one migration history covers the database (the migrations projects see only this context) and a case's sent
/// messages go with it; a turn's one write touches only BotState, and a case change commits on its own before it
/// (docs/architecture.md). This folder is the seam: moving them to a context of the bot's own is moving this folder (and giving that
/// context its migrations). Their types keep the <c>ComplaintsBot.Cases.Store</c> namespace on purpose, because both
/// providers' migration snapshots name the entity types by it.
/// </summary>
public sealed partial class CasesDbContext
{
    public DbSet<BotStateEntry> BotState => Set<BotStateEntry>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<SentCardMessage> SentCardMessages => Set<SentCardMessage>();
    public DbSet<FeedChannel> FeedChannels => Set<FeedChannel>();
    public DbSet<ChannelFeedMessage> ChannelFeedMessages => Set<ChannelFeedMessage>();
}
