using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class BotStateEntryConfiguration : IEntityTypeConfiguration<BotStateEntry>
{
    public void Configure(EntityTypeBuilder<BotStateEntry> builder)
    {
        builder.ToTable("BotState");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(Lengths.Url);
        builder.Property(e => e.Json).IsRequired();
        builder.Property(e => e.ETag).HasMaxLength(Lengths.Id).IsRequired().IsConcurrencyToken();
    }
}
