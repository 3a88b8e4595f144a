using System.CommandLine;

namespace PartnerScreening.Cli;

/// <summary>Validators that reject a missing input file at parse time, with the path in Japanese and English.</summary>
internal static class ExistingFiles
{
    /// <summary>Adds a validator that reports every named file that does not exist.</summary>
    public static T MustExist<T>(this T symbol)
        where T : Symbol
    {
        switch (symbol)
        {
            case Option<FileInfo?> option:
                option.Validators.Add(result => Check(result.GetValueOrDefault<FileInfo?>(), result.AddError));
                break;
            case Option<FileInfo[]> many:
                many.Validators.Add(result => Array.ForEach(result.GetValueOrDefault<FileInfo[]>() ?? [], file => Check(file, result.AddError)));
                break;
            case Argument<FileInfo?> argument:
                argument.Validators.Add(result => Check(result.GetValueOrDefault<FileInfo?>(), result.AddError));
                break;
            default:
                throw new ArgumentException($"No file check for {symbol.GetType().Name}.", nameof(symbol));
        }

        return symbol;
    }

    private static void Check(FileInfo? file, Action<string> addError)
    {
        if (file is not null && !file.Exists)
        {
            addError($"ファイル「{file.FullName}」が見つかりません。パスを確認してください。\nThe file '{file.FullName}' was not found; check the path.");
        }
    }
}
