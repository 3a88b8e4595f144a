namespace PartnerScreening.Auth;

/// <summary>Log messages of the intake API and its keys, event ids 7000–7099.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "A revoked API key was used: {KeyName}")]
    public static partial void RevokedKeyUsed(ILogger logger, string keyName);
}
