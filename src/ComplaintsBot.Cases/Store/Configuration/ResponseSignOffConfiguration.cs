using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class ResponseSignOffConfiguration : IEntityTypeConfiguration<ResponseSignOff>
{
    public void Configure(EntityTypeBuilder<ResponseSignOff> builder)
    {
        builder.ToTable("ResponseSignOffs");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Compensation).HasPrecision(10, 2);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(x => x.Reasons).HasMaxLength(Lengths.LongText).IsRequired();
        builder.Property(x => x.Remedy).HasMaxLength(Lengths.Text);
        builder.Property(x => x.OutstandingActions).HasMaxLength(Lengths.Text);
        builder.Property(x => x.SignOffRole).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(x => x.Comment).HasMaxLength(Lengths.Text);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Decision);
    }
}
