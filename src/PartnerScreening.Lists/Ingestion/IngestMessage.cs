namespace PartnerScreening.Lists.Ingestion;

/// <summary>Helpers for the ingest messages, which start with the source id so that they read alone in the audit trail.</summary>
public static class IngestMessage
{
    /// <summary>
    /// Removes the leading "<paramref name="source"/>: " from <paramref name="message"/>, for output that already
    /// shows the source id in its own column or log property.
    /// </summary>
    public static string WithoutSourcePrefix(string source, string message)
    {
        var prefix = source + ": ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
    }
}
