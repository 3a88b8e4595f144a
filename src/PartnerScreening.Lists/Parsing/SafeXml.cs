using System.Xml;

namespace PartnerScreening.Lists.Parsing;

/// <summary>
/// XML reading for list files that may come from any server: DTDs are prohibited and no external resource is
/// ever resolved, so a DOCTYPE, an entity expansion or an external entity makes the file invalid instead of
/// being processed.
/// </summary>
internal static class SafeXml
{
    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, CreateSettings());

    public static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>
    /// Runs a parse over an XML stream and turns an <see cref="XmlException"/> into a <see cref="ListFormatException"/>
    /// that names the file, the line and, for a DOCTYPE, the reason it is rejected.
    /// </summary>
    public static T Read<T>(string source, string fileName, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (XmlException exception) when (IsDtdRejection(exception))
        {
            throw new ListFormatException(source, fileName, "the file contains a DOCTYPE declaration; DTDs and external entities are not accepted in list files", exception);
        }
        catch (XmlException exception)
        {
            throw new ListFormatException(source, fileName, $"the XML is not well-formed at line {exception.LineNumber}, position {exception.LinePosition}: {exception.Message}", exception);
        }
    }

    private static bool IsDtdRejection(XmlException exception) =>
        exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);
}
