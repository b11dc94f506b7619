namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>A class fixture: one throwaway cluster per test class, started before its first test.</summary>
public sealed partial class PostgreSqlServer : IAsyncLifetime;
