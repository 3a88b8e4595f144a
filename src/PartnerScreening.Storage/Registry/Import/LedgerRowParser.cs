using System.Globalization;
using System.Text;
using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry.Import;

/// <summary>A row read into a partner and, when the row describes one, an agreement; or the reasons it could not be.</summary>
public sealed record ParsedLedgerRow(int RowNumber, Partner? Partner, Agreement? Agreement, IReadOnlyList<LedgerRowError> Errors);

/// <summary>A problem with one cell or row, with the row number, the column header and the value.</summary>
public sealed record LedgerRowError(int RowNumber, string? Column, string? Value, string MessageJa, string MessageEn);

/// <summary>Turns ledger rows into registry records, reporting every problem of a row at once.</summary>
public sealed class LedgerRowParser(LedgerTable table, LedgerColumnMapping mapping, DateOnly today)
{
    private static readonly (LedgerField Field, string Language)[] NameColumns =
    [
        (LedgerField.NameJa, "ja"), (LedgerField.NameEn, "en"), (LedgerField.NameZh, "zh"), (LedgerField.NameKo, "ko"), (LedgerField.NameRu, "ru"),
    ];

    private static readonly LedgerField[] AgreementFields =
    [
        LedgerField.AgreementKind, LedgerField.Department, LedgerField.ResponsibleResearcher, LedgerField.Title,
        LedgerField.StartDate, LedgerField.EndDate, LedgerField.Status,
    ];

    public ParsedLedgerRow Parse(LedgerRow row)
    {
        var errors = new List<LedgerRowError>();
        var name = Text(row, LedgerField.Name);
        if (name is null)
        {
            errors.Add(Error(row, LedgerField.Name, null, "機関名が空です。", "The partner name is empty."));
        }

        var names = new List<PartnerName>();
        if (name is not null)
        {
            names.Add(new PartnerName(name, null));
        }

        foreach (var (field, language) in NameColumns)
        {
            if (Text(row, field) is { } other && !names.Any(n => string.Equals(n.Value, other, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(new PartnerName(other, language));
            }
        }

        string? country = null;
        if (Text(row, LedgerField.Country) is { } countryText)
        {
            country = CountryNames.Resolve(countryText);
            if (country is null)
            {
                errors.Add(Error(row, LedgerField.Country, countryText, $"国「{countryText}」が不明です。国名（日本語・英語）または ISO 2 文字コードで入力してください。", $"Country '{countryText}' is unknown; use a Japanese or English country name or an ISO alpha-2 code."));
            }
        }

        var type = PartnerType.Other;
        if (Text(row, LedgerField.Type) is { } typeText && !RegistryTerms.TryParsePartnerType(typeText, out type))
        {
            errors.Add(Error(row, LedgerField.Type, typeText, $"種別「{typeText}」が不明です。大学、公的研究機関、企業、政府機関、その他 のいずれかを入力してください。", $"Type '{typeText}' is unknown; use university, public research institute, company, government body or other."));
        }

        var websites = ParseWebsites(row, errors);
        var agreement = ParseAgreement(row, errors);
        if (errors.Count > 0)
        {
            return new ParsedLedgerRow(row.RowNumber, null, null, errors);
        }

        var partner = new Partner
        {
            Names = names,
            Country = country,
            Type = type,
            Websites = websites,
            Notes = Text(row, LedgerField.Notes),
        };
        return new ParsedLedgerRow(row.RowNumber, partner, agreement, errors);
    }

    private Agreement? ParseAgreement(LedgerRow row, List<LedgerRowError> errors)
    {
        if (AgreementFields.All(f => Text(row, f) is null && Cell(row, f) is not DateTime))
        {
            return null;
        }

        var kindText = Text(row, LedgerField.AgreementKind);
        var kind = AgreementKind.Other;
        if (kindText is null)
        {
            errors.Add(Error(row, LedgerField.AgreementKind, null, "契約種別が空です。MOU、共同研究、委託研究、受託研究、NDA、その他 のいずれかを入力してください。", "The agreement type is empty; use MOU, joint research (共同研究), commissioned research (委託研究), contract research (受託研究), NDA or other."));
        }
        else if (!RegistryTerms.TryParseAgreementKind(kindText, out kind))
        {
            errors.Add(Error(row, LedgerField.AgreementKind, kindText, $"契約種別「{kindText}」が不明です。MOU、共同研究、委託研究、受託研究、NDA、その他 のいずれかを入力してください。", $"Agreement type '{kindText}' is unknown; use MOU, 共同研究, 委託研究, 受託研究, NDA or other."));
        }

        var start = ParseDate(row, LedgerField.StartDate, errors);
        var end = ParseDate(row, LedgerField.EndDate, errors);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(Error(row, LedgerField.EndDate, e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"終了日 {e:yyyy-MM-dd} が開始日 {s:yyyy-MM-dd} より前です。", $"End date {e:yyyy-MM-dd} is before start date {s:yyyy-MM-dd}."));
        }

        var status = end is { } endDate && endDate < today ? AgreementStatus.Ended : AgreementStatus.Active;
        if (Text(row, LedgerField.Status) is { } statusText && !RegistryTerms.TryParseAgreementStatus(statusText, out status))
        {
            errors.Add(Error(row, LedgerField.Status, statusText, $"状態「{statusText}」が不明です。交渉中、有効、終了、解約 のいずれかを入力してください。", $"Status '{statusText}' is unknown; use negotiating, active, ended or terminated."));
        }

        return new Agreement
        {
            PartnerId = 0,
            Kind = kind,
            Department = Text(row, LedgerField.Department),
            ResponsibleResearcher = Text(row, LedgerField.ResponsibleResearcher),
            Title = Text(row, LedgerField.Title),
            StartDate = start,
            EndDate = end,
            Status = status,
        };
    }

    private DateOnly? ParseDate(LedgerRow row, LedgerField field, List<LedgerRowError> errors)
    {
        var cell = Cell(row, field);
        if (cell is null || (cell is string text && string.IsNullOrWhiteSpace(text)))
        {
            return null;
        }

        if (LedgerDates.TryParse(cell, out var date, out var problemJa, out var problemEn))
        {
            return date;
        }

        errors.Add(Error(row, field, Convert.ToString(cell, CultureInfo.InvariantCulture), problemJa!, problemEn!));
        return null;
    }

    private List<string> ParseWebsites(LedgerRow row, List<LedgerRowError> errors)
    {
        var websites = new List<string>();
        if (Text(row, LedgerField.Website) is not { } text)
        {
            return websites;
        }

        foreach (var part in text.Split([' ', '\n', '\r', '\t', ',', ';', '、', '，'], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = part.Contains("://", StringComparison.Ordinal) ? part : "https://" + part;
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal))
            {
                websites.Add(uri.ToString());
            }
            else
            {
                errors.Add(Error(row, LedgerField.Website, part, $"ウェブサイト「{part}」は URL として読み取れません（例: https://www.example.ac.jp/）。", $"Website '{part}' is not a valid address; use a form such as https://www.example.edu/."));
            }
        }

        return websites;
    }

    private object? Cell(LedgerRow row, LedgerField field) =>
        mapping.Columns.TryGetValue(field, out var column) ? row[column] : null;

    private string? Text(LedgerRow row, LedgerField field)
    {
        var cell = Cell(row, field);
        var text = cell switch
        {
            null => null,
            DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double number => number.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
        };
        text = text?.Normalize(NormalizationForm.FormC).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private LedgerRowError Error(LedgerRow row, LedgerField field, string? value, string messageJa, string messageEn)
    {
        var header = mapping.Columns.TryGetValue(field, out var column) && column < table.Headers.Count
            ? table.Headers[column]
            : LedgerFieldHeaders.Ja(field);
        return new LedgerRowError(row.RowNumber, header, value, messageJa, messageEn);
    }
}
