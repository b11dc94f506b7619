using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class CaseStageConfiguration : IEntityTypeConfiguration<CaseStage>
{
    public void Configure(EntityTypeBuilder<CaseStage> builder)
    {
        builder.ToTable("CaseStages");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CaseId, s.Number }).IsUnique();
        builder.Ignore(s => s.ApprovedExtensionDays);
        builder.Ignore(s => s.PendingExtension);
        builder.Ignore(s => s.PendingCompensationApproval);
        builder.Ignore(s => s.PendingLateEscalation);
        builder.Property(s => s.ComplaintDefinition).HasMaxLength(Lengths.LongText);
        builder.OwnsOne(s => s.Response, response =>
        {
            response.Property(r => r.RespondedAt).HasColumnName("RespondedAt");
            response.Property(r => r.Outcome).HasColumnName("Outcome").HasConversion<string>().HasMaxLength(Lengths.Enum);
            response.Property(r => r.Reasons).HasColumnName("ResponseReasons").HasMaxLength(Lengths.LongText);
            response.Property(r => r.Remedy).HasColumnName("Remedy").HasMaxLength(Lengths.Text);
            response.Property(r => r.Compensation).HasColumnName("Compensation").HasPrecision(10, 2);
            response.Property(r => r.OutstandingActions).HasColumnName("OutstandingActions").HasMaxLength(Lengths.Text);
        });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Extensions).WithOne().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.CompensationApprovals).WithOne().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.SignOffs).WithOne().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.LateEscalations).WithOne().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Cascade);
    }
}
