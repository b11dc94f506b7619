using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Tests.Domain;

public sealed class CaseReferenceTests
{
    [Fact]
    public void A_reference_is_the_prefix_the_year_and_a_five_digit_sequence() =>
        Assert.Equal("WCH-2026-00042", new CaseReference("WCH", 2026, 42).ToString());

    [Theory]
    [InlineData("WCH-2026-00042")]
    [InlineData("wch-2026-42")]
    [InlineData("  WCH-2026-0042 ")]
    public void Staff_may_type_a_reference_in_lower_case_or_without_leading_zeros(string typed) =>
        Assert.Equal(new CaseReference("WCH", 2026, 42), CaseReference.Parse(typed));

    [Theory]
    [InlineData("")]
    [InlineData("WCH-2026")]
    [InlineData("WCH-26-00042")]
    [InlineData("WCH-2026-00000")]
    [InlineData("WCH-2026-123456")]
    [InlineData("W-2026-00042")]
    [InlineData("1CH-2026-00042")]
    [InlineData("WCH/2026/00042")]
    public void Text_that_is_not_a_reference_is_refused_with_an_example_of_one(string text)
    {
        Assert.False(CaseReference.TryParse(text, out _));
        var refused = Assert.Throws<FormatException>(() => CaseReference.Parse(text));
        Assert.Contains("WCH-2026-00042", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wch", 2026, 1)]
    [InlineData("WCH", 999, 1)]
    [InlineData("WCH", 2026, 0)]
    [InlineData("WCH", 2026, 100_000)]
    public void A_reference_cannot_be_built_from_invalid_parts(string prefix, int year, int sequence) =>
        Assert.ThrowsAny<ArgumentException>(() => new CaseReference(prefix, year, sequence));
}
