using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class ContactRestrictionConfiguration : IEntityTypeConfiguration<ContactRestriction>
{
    public void Configure(EntityTypeBuilder<ContactRestriction> builder)
    {
        builder.ToTable("ContactRestrictions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Terms).HasMaxLength(Lengths.Text).IsRequired();
        builder.Property(x => x.Reason).HasMaxLength(Lengths.Text).IsRequired();
        builder.Property(x => x.NeedsConsidered).HasMaxLength(Lengths.Text).IsRequired();
        builder.Property(x => x.DeciderRole).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(x => x.ReviewNote).HasMaxLength(Lengths.Text);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ReviewedById).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(x => x.IsLifted);
        builder.HasIndex(x => x.LiftedAt);
    }
}
