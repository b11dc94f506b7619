using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class CaseDeadlineRowConfiguration : IEntityTypeConfiguration<CaseDeadlineRow>
{
    public void Configure(EntityTypeBuilder<CaseDeadlineRow> builder)
    {
        builder.ToTable("CaseDeadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasMaxLength(Lengths.Id).IsRequired();
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.CaseId);
        // The monitor's sweep: "whose next reminder window has opened" is a range on this index.
        builder.HasIndex(d => d.NextReminderAt);
        // The managers' digest: "due today or overdue" is a range on this one.
        builder.HasIndex(d => d.Due);
    }
}
