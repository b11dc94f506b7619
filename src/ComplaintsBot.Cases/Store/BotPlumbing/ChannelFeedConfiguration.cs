using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class ChannelFeedConfiguration : IEntityTypeConfiguration<FeedChannel>
{
    public void Configure(EntityTypeBuilder<FeedChannel> builder)
    {
        builder.ToTable("FeedChannels");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ChannelId).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(f => f.ConversationId).HasMaxLength(Lengths.Url).IsRequired();
        builder.Property(f => f.ChannelName).HasMaxLength(Lengths.Name);
        builder.Property(f => f.TeamName).HasMaxLength(Lengths.Name);
        builder.Property(f => f.ReferenceJson).IsRequired();
        builder.Property(f => f.SetBy).HasMaxLength(Lengths.AadObjectId).IsRequired();
        builder.HasIndex(f => new { f.ChannelId, f.ConversationId }).IsUnique();
        // One current feed: the current row holds 1 here, every other NULL.
        builder.HasIndex(f => f.Current).IsUnique();
    }
}

internal sealed class ChannelFeedMessageConfiguration : IEntityTypeConfiguration<ChannelFeedMessage>
{
    public void Configure(EntityTypeBuilder<ChannelFeedMessage> builder)
    {
        builder.ToTable("ChannelFeedMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Key).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(m => m.ActivityId).HasMaxLength(Lengths.Url);
        builder.Property(m => m.DeadlineKind).HasMaxLength(Lengths.Id);
        builder.Property(m => m.ClaimedBy).HasMaxLength(Lengths.Name);
        builder.Property(m => m.LastError).HasMaxLength(Lengths.Text);
        builder.HasOne<FeedChannel>().WithMany().HasForeignKey(m => m.FeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One post per complaint per feed, one reply per breach: a second writer of the same key is refused here.
        builder.HasIndex(m => new { m.FeedId, m.CaseId, m.Key }).IsUnique();
        // The sender's list: messages not yet posted, in order of when they may be tried.
        builder.HasIndex(m => new { m.ActivityId, m.NotBefore });
        // "Has this breach been told?": the breach planner's lookup per overdue deadline.
        builder.HasIndex(m => new { m.CaseId, m.DeadlineKind, m.Due });
    }
}
