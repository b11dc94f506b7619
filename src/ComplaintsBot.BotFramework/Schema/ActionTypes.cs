namespace ComplaintsBot.BotFramework.Schema;

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Invoke = "invoke";
    public const string Signin = "signin";
}
