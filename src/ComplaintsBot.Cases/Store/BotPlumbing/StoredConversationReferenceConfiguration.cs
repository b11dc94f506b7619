using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ChannelId).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(r => r.UserAadObjectId).HasMaxLength(Lengths.AadObjectId);
        builder.Property(r => r.ChannelUserId).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(r => r.ConversationId).HasMaxLength(Lengths.Url).IsRequired();
        builder.Property(r => r.ServiceUrl).HasMaxLength(Lengths.Url).IsRequired();
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.AadObjectId);
        builder.Property(r => r.ReferenceJson).IsRequired();
        builder.HasIndex(r => new { r.ChannelId, r.ChannelUserId, r.ConversationId }).IsUnique();
        builder.HasIndex(r => r.UserAadObjectId);
    }
}
