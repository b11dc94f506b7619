using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class ExclusionDecisionConfiguration : IEntityTypeConfiguration<ExclusionDecision>
{
    public void Configure(EntityTypeBuilder<ExclusionDecision> builder)
    {
        builder.ToTable("ExclusionDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ExclusionId).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(d => d.ExplanationGiven).HasMaxLength(Lengths.Text);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.CaseId);
    }
}
