using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class LateEscalationRequestConfiguration : IEntityTypeConfiguration<LateEscalationRequest>
{
    public void Configure(EntityTypeBuilder<LateEscalationRequest> builder)
    {
        builder.ToTable("LateEscalationRequests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(x => x.CustomerReason).HasMaxLength(Lengths.LongText);
        builder.Property(x => x.LateReason).HasMaxLength(Lengths.Text);
        builder.Property(x => x.DeciderRole).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(x => x.Comment).HasMaxLength(Lengths.Text);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.NextOwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Decision);
    }
}
