namespace ComplaintsBot.Cards.Templating;

/// <summary>A card template that cannot be loaded or cannot be bound to the data given; the message names the
/// template, the place in it and the expression.</summary>
public sealed class CardTemplateException(string message, Exception? inner = null) : Exception(message, inner);
