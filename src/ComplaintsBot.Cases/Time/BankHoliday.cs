namespace ComplaintsBot.Cases.Time;

/// <summary>A bank holiday as gov.uk lists it: the day it is taken, and its name.</summary>
public readonly record struct BankHoliday(DateOnly Date, string Name)
{
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name}";
}
