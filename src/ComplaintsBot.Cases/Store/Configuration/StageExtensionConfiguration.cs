using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class StageExtensionConfiguration : IEntityTypeConfiguration<StageExtension>
{
    public void Configure(EntityTypeBuilder<StageExtension> builder)
    {
        builder.ToTable("StageExtensions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Reason).HasMaxLength(Lengths.Text).IsRequired();
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(x => x.Comment).HasMaxLength(Lengths.Text);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Decision);
    }
}
