namespace ComplaintsBot.Workflows.Reminders;

/// <summary>The SLA monitor's settings (configuration section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Off stops the hosted monitor (the CLI and tests drive sweeps themselves).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the monitor sweeps.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>When reminders may be sent on working days, London time; anything due outside waits for the next opening.</summary>
    public WorkingHoursOptions WorkingHours { get; set; } = new();
    /// <summary>Sends tried before a reminder is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>The wait after the first failed send; it doubles after each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How long a claim holds; a reminder claimed by an instance that died is taken over after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Reminders claimed per sweep, and deadline rows read per planning query.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>
    /// Deadline rows planned per sweep at most, so each sweep stays short; the night's windows (all opening at
    /// midnight) are then written over several sweeps, long before working hours.
    /// </summary>
    public int MaxPlannedPerSweep { get; set; } = 500;
    /// <summary>This instance's name in claims; defaults to the machine name and process id.</summary>
    public string? InstanceName { get; set; }
}
