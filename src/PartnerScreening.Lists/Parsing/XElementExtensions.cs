using System.Xml.Linq;

namespace PartnerScreening.Lists.Parsing;

/// <summary>
/// Child lookups by local name in the element's own namespace, so one mapping serves files with and without a
/// default namespace.
/// </summary>
internal static class XElementExtensions
{
    public static XElement? Child(this XElement element, string localName) => element.Element(element.Name.Namespace + localName);

    public static IEnumerable<XElement> Children(this XElement element, string localName) => element.Elements(element.Name.Namespace + localName);

    /// <summary>Returns the trimmed text of the first child with that name, or null when it is missing or blank.</summary>
    public static string? ChildText(this XElement element, string localName) => PartyBuilder.Clean(element.Child(localName)?.Value);

    /// <summary>Returns the text of the element found by following the path of local names, or null.</summary>
    public static string? PathText(this XElement element, params string[] path)
    {
        XElement? current = element;
        foreach (var localName in path)
        {
            current = current?.Child(localName);
        }

        return PartyBuilder.Clean(current?.Value);
    }

    public static string? AttributeText(this XElement element, string name) => PartyBuilder.Clean(element.Attribute(name)?.Value);
}
