using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> builder)
    {
        builder.ToTable("SubjectAccessRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Customer).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(r => r.RequestedBy).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(r => r.CaseReferences).HasMaxLength(Lengths.LongText).IsRequired();
        builder.Property(r => r.ExtensionReason).HasMaxLength(Lengths.LongText);
        builder.Property(r => r.ExtendedBy).HasMaxLength(Lengths.Name);
        builder.Ignore(r => r.CurrentDueOn);
        builder.HasIndex(r => r.DueOn);
    }
}
