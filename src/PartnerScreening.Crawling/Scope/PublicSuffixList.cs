using System.Globalization;

namespace PartnerScreening.Crawling.Scope;

/// <summary>
/// The Public Suffix List (publicsuffix.org, shipped in <c>data/publicsuffix/</c> from Debian's <c>publicsuffix</c> package,
/// MPL-2.0). It finds a host's registrable domain, so <c>www.buaa.edu.cn</c> and <c>english.buaa.edu.cn</c> are one site
/// while <c>buaa.edu.cn</c> and <c>tsinghua.edu.cn</c> are two.
/// </summary>
public sealed class PublicSuffixList
{
    private static readonly IdnMapping Idn = new();
    private readonly HashSet<string> _rules;
    private readonly HashSet<string> _wildcards;
    private readonly HashSet<string> _exceptions;

    private PublicSuffixList(HashSet<string> rules, HashSet<string> wildcards, HashSet<string> exceptions)
    {
        _rules = rules;
        _wildcards = wildcards;
        _exceptions = exceptions;
    }

    /// <summary>Number of rules read, for sanity checks and logs.</summary>
    public int RuleCount => _rules.Count + _wildcards.Count + _exceptions.Count;

    /// <summary>The file shipped with the application: <c>data/publicsuffix/public_suffix_list.dat</c> beside the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "publicsuffix", "public_suffix_list.dat");

    public static PublicSuffixList Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Public Suffix List was not found at '{path}'. Ship data/publicsuffix/public_suffix_list.dat with the application.", path);
        }

        return Parse(File.ReadLines(path));
    }

    public static PublicSuffixList Parse(IEnumerable<string> lines)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var wildcards = new HashSet<string>(StringComparer.Ordinal);
        var exceptions = new HashSet<string>(StringComparer.Ordinal);

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            // A rule ends at the first white space; the rest of the line may be a comment.
            var rule = line.Split(' ', '\t')[0];
            if (rule.StartsWith('!'))
            {
                exceptions.Add(ToAscii(rule[1..]));
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                wildcards.Add(ToAscii(rule[2..]));
            }
            else
            {
                rules.Add(ToAscii(rule));
            }
        }

        return new PublicSuffixList(rules, wildcards, exceptions);
    }

    /// <summary>
    /// The registrable domain (public suffix plus one label) of <paramref name="host"/> in ASCII (punycode) form, or null
    /// when the host is itself a public suffix or an IP address.
    /// </summary>
    public string? GetRegistrableDomain(string host)
    {
        var name = ToAscii(host.TrimEnd('.'));
        if (name.Length == 0 || System.Net.IPAddress.TryParse(name.Trim('[', ']'), out _))
        {
            return null;
        }

        var labels = name.Split('.');
        var suffixLength = PublicSuffixLabelCount(labels);
        return labels.Length <= suffixLength ? null : string.Join('.', labels[^(suffixLength + 1)..]);
    }

    private int PublicSuffixLabelCount(string[] labels)
    {
        // Walk from the longest candidate to the shortest; the first (longest) matching rule wins, exceptions first.
        for (var start = 0; start < labels.Length; start++)
        {
            var candidate = string.Join('.', labels[start..]);
            var count = labels.Length - start;

            if (_exceptions.Contains(candidate))
            {
                return count - 1;
            }

            if (_rules.Contains(candidate))
            {
                return count;
            }

            if (count >= 2 && _wildcards.Contains(string.Join('.', labels[(start + 1)..])))
            {
                return count;
            }
        }

        // The implicit rule "*": the last label is a public suffix.
        return 1;
    }

    private static string ToAscii(string name)
    {
        var lower = name.ToLowerInvariant();
        try
        {
            return lower.All(char.IsAscii) ? lower : Idn.GetAscii(lower);
        }
        catch (ArgumentException)
        {
            return lower;
        }
    }
}
