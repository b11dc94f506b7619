namespace ComplaintsBot.Reports;

/// <summary>
/// One stage's acknowledgements or responses made in the period, and how many were in time under the case's own
/// policy and under the Complaint Handling Code (hoc-2024); shares are percentages to one decimal place, null
/// when nothing was made. <see cref="OverdueAtEnd"/>: not yet made when the period ended, and already late.
/// </summary>
/// <param name="Step">"acknowledgement" or "response".</param>
public sealed record TimelinessRow(
    int Stage,
    string Step,
    int Made,
    int WithinPolicy,
    decimal? WithinPolicyPercent,
    int WithinCode,
    decimal? WithinCodePercent,
    int OverdueAtEnd);
