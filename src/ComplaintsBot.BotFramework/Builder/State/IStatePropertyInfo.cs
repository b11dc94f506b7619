namespace ComplaintsBot.BotFramework.Builder;

/// <summary>A named property of a bot state.</summary>
public interface IStatePropertyInfo
{
    string Name { get; }
}
