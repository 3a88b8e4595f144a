using System.Globalization;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Snapshots;

/// <summary>
/// The validation gate between a parsed file and the snapshot in force: an empty result, or one with far fewer
/// records than the snapshot in force, is rejected so the previous snapshot stays. Format checks happen earlier,
/// in the parser, which throws <see cref="ListFormatException"/>.
/// </summary>
public static class SnapshotGate
{
    /// <summary>Returns null when the parsed file may replace <paramref name="inForce"/>, else the reason it may not.</summary>
    /// <param name="source">Source id, named in the reason.</param>
    /// <param name="fileName">File name, named in the reason.</param>
    /// <param name="recordCount">Records parsed from the file.</param>
    /// <param name="inForce">The snapshot in force, or null for the first snapshot of the source.</param>
    /// <param name="minimumRecordRatio">Smallest accepted share of the in-force record count, e.g. 0.8.</param>
    public static string? Check(string source, string fileName, int recordCount, ListSnapshot? inForce, double minimumRecordRatio)
    {
        if (recordCount == 0)
        {
            return $"{source}: the file '{fileName}' contains no records. "
                + KeepsInForce(inForce)
                + " Check that the file is the complete official download and ingest it again.";
        }

        if (inForce is null || recordCount >= inForce.RecordCount * minimumRecordRatio)
        {
            return null;
        }

        return $"{source}: the file '{fileName}' has {recordCount} records, under {Percent(minimumRecordRatio)} of the "
            + $"{inForce.RecordCount} in snapshot {inForce.Id}. {KeepsInForce(inForce)} Check that the file is the complete "
            + $"official download; if the list really shrank, lower Lists:Sources:{source}:MinimumRecordRatio "
            + "(or Lists:Validation:MinimumRecordRatio) and ingest it again.";
    }

    private static string Percent(double ratio) =>
        (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string KeepsInForce(ListSnapshot? inForce) => inForce is null
        ? "No snapshot of this source is in force yet."
        : $"Snapshot {inForce.Id} stays in force.";
}
