using ComplaintsBot.Cases.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Key).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(r => r.DeadlineKind).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Window).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.ClaimedBy).HasMaxLength(Lengths.Name);
        builder.Property(r => r.MessageId).HasMaxLength(Lengths.Url);
        builder.Property(r => r.LastError).HasMaxLength(Lengths.Text);
        // Exactly once: a second writer of the same reminder is refused here.
        builder.HasIndex(r => r.Key).IsUnique();
        // The claim: due pending reminders in order of their time.
        builder.HasIndex(r => new { r.State, r.NotBefore });
        builder.HasIndex(r => r.MessageId);
    }
}
