using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacEnhanced;

/// <summary>The <c>referenceValues</c> table of the Enhanced XML; entities point into it with <c>refId</c>.</summary>
internal sealed class OfacReferenceValues
{
    private readonly Dictionary<string, string> isoCodes = new(StringComparer.Ordinal);

    public static OfacReferenceValues Read(XElement referenceValues)
    {
        var table = new OfacReferenceValues();
        foreach (var value in referenceValues.Children("referenceValue"))
        {
            var refId = value.AttributeText("refId");
            var isoCode = value.ChildText("isoCode");
            if (refId is not null && isoCode is not null)
            {
                table.isoCodes[refId] = isoCode.ToUpperInvariant();
            }
        }

        return table;
    }

    /// <summary>Returns the ISO code of a country element, from its <c>refId</c> or, failing that, from its name.</summary>
    public string? CountryCode(XElement? country)
    {
        if (country is null)
        {
            return null;
        }

        var refId = country.AttributeText("refId");
        if (refId is not null && isoCodes.TryGetValue(refId, out var code) && CountryCodes.IsCode(code))
        {
            return code;
        }

        return CountryCodes.FromName(country.Value);
    }
}
