using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("Staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.AadObjectId).HasMaxLength(Lengths.AadObjectId).IsRequired();
        builder.HasIndex(s => s.AadObjectId).IsUnique();
        builder.Property(s => s.DisplayName).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(Lengths.Email);
        // A primitive collection: JSON text on SQLite, an array on PostgreSQL; both translate Roles.Contains(role).
        builder.PrimitiveCollection(s => s.Roles).IsRequired();
        builder.PrimitiveCollection(s => s.DirectoryRoles).IsRequired();
        builder.Property(s => s.Team).HasMaxLength(Lengths.Name);
        builder.HasOne(s => s.LineManager).WithMany().HasForeignKey(s => s.LineManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
