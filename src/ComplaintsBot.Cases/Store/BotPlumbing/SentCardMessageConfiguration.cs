using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class SentCardMessageConfiguration : IEntityTypeConfiguration<SentCardMessage>
{
    public void Configure(EntityTypeBuilder<SentCardMessage> builder)
    {
        builder.ToTable("SentCardMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(m => m.ConversationId).HasMaxLength(Lengths.Url).IsRequired();
        builder.Property(m => m.ActivityId).HasMaxLength(Lengths.Url).IsRequired();
        builder.Property(m => m.ReferenceJson).IsRequired();
        builder.HasOne<Domain.Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CaseId, m.Kind, m.ConversationId, m.ActivityId }).IsUnique();
    }
}
