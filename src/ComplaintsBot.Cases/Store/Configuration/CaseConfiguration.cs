using ComplaintsBot.Cases.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsBot.Cases.Store.Configuration;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference)
            .HasConversion(reference => reference.ToString(), text => CaseReference.Parse(text))
            .HasMaxLength(Lengths.Reference)
            .IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.PolicyId).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(c => c.CategoryId).HasMaxLength(Lengths.Id).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(c => c.Vulnerability).HasMaxLength(Lengths.Text);
        builder.Property(c => c.ReasonableAdjustments).HasMaxLength(Lengths.Text);
        builder.Property(c => c.Description).HasMaxLength(Lengths.LongText).IsRequired();
        builder.Property(c => c.DesiredOutcome).HasMaxLength(Lengths.Text);
        builder.Property(c => c.ServiceArea).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Theme).HasMaxLength(Lengths.Name);
        builder.Property(c => c.StaffPraised).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Learning).HasMaxLength(Lengths.Text);
        builder.Property(c => c.ServiceImprovement).HasMaxLength(Lengths.Text);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.LegalHoldReason).HasMaxLength(Lengths.Text);
        builder.Property(c => c.CustomerAlias).HasMaxLength(Lengths.Name);
        builder.Property(c => c.HomeAlias).HasMaxLength(Lengths.Id);

        builder.OwnsOne(c => c.Customer, customer =>
        {
            customer.Property(x => x.Name).HasColumnName("CustomerName").HasMaxLength(Lengths.Name);
            customer.Property(x => x.IsAnonymous).HasColumnName("CustomerIsAnonymous");
            customer.Property(x => x.TenancyReference).HasColumnName("CustomerTenancyReference").HasMaxLength(Lengths.Id);
            customer.Property(x => x.Relationship).HasColumnName("CustomerRelationship").HasConversion<string>().HasMaxLength(Lengths.Enum);
            customer.Property(x => x.Tenure).HasColumnName("CustomerTenure").HasConversion<string>().HasMaxLength(Lengths.Enum);
        });
        builder.Navigation(c => c.Customer).IsRequired();
        builder.OwnsOne(c => c.Representative, representative =>
        {
            representative.Property(x => x.Name).HasColumnName("RepresentativeName").HasMaxLength(Lengths.Name);
            representative.Property(x => x.Kind).HasColumnName("RepresentativeKind").HasConversion<string>().HasMaxLength(Lengths.Enum);
            representative.Property(x => x.ConsentRecorded).HasColumnName("RepresentativeConsentRecorded");
        });
        builder.OwnsOne(c => c.OmbudsmanDetermination, determination =>
        {
            determination.Property(x => x.Finding).HasColumnName("OmbudsmanFinding").HasConversion<string>().HasMaxLength(Lengths.Enum);
            determination.Property(x => x.DeterminedOn).HasColumnName("OmbudsmanDeterminedOn");
            determination.Property(x => x.Orders).HasColumnName("OmbudsmanOrders").HasMaxLength(Lengths.Text);
            determination.Property(x => x.RecordedById).HasColumnName("OmbudsmanRecordedById");
            determination.Property(x => x.RecordedAt).HasColumnName("OmbudsmanRecordedAt");
        });
        builder.OwnsOne(c => c.Ending, ending =>
        {
            ending.Property(x => x.Reasons).HasColumnName("EndingReasons").HasMaxLength(Lengths.Text);
            ending.Property(x => x.Response).HasColumnName("EndingResponse").HasMaxLength(Lengths.LongText);
            ending.Property(x => x.NeedsConsidered).HasColumnName("EndingNeedsConsidered").HasMaxLength(Lengths.Text);
            ending.Property(x => x.DecidedById).HasColumnName("EndingDecidedById");
            ending.Property(x => x.DeciderRole).HasColumnName("EndingDeciderRole").HasMaxLength(Lengths.Id);
            ending.Property(x => x.EndedAt).HasColumnName("EndingEndedAt");
        });

        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Stages).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ExclusionDecisions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ContactRestrictions).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.ActiveContactRestriction);
        builder.HasIndex(c => new { c.Status, c.PolicyId });
        builder.HasIndex(c => c.OwnerId);
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasIndex(c => c.IntakeId).IsUnique();
        // The retention job's search: ended cases not yet anonymised, by when they ended.
        builder.HasIndex(c => new { c.AnonymisedAt, c.ClosedAt });
    }
}
