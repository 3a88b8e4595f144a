using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartnerScreening.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests: <c>initdb</c> into a temp folder, <c>pg_ctl start</c> on a free
/// loopback port, stopped and deleted on dispose. PostgreSQL refuses to run as root, so under root the server
/// runs as the <c>postgres</c> system user through <c>runuser</c>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string _dataDirectory;

    private PostgresServer(string binDirectory, string dataDirectory, int port)
    {
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Connection string for a database of the given name on this server (created by <see cref="CreateDatabaseAsync"/>).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    /// <summary>Finds PostgreSQL's binaries, or returns null when PostgreSQL is not installed.</summary>
    public static string? FindBinDirectory()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(debianRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => bin, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDirectory()
            ?? throw new InvalidOperationException("PostgreSQL binaries were not found under /usr/lib/postgresql; install the postgresql package.");
        var data = Path.Combine(Path.GetTempPath(), "partnerscreening-pg", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"-R postgres {Parent(data)}");
        }

        var port = FreeLoopbackPort();
        var server = new PostgresServer(bin, data, port);
        await server.RunAsUserAsync("initdb", $"-D {data} -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8");
        await server.RunAsUserAsync(
            "pg_ctl",
            $"-D {data} -w -t 60 -l {data}/server.log -o \"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
        return server;
    }

    public Task CreateDatabaseAsync(string name) =>
        RunAsUserAsync("createdb", $"-h 127.0.0.1 -p {Port} -U postgres {name}");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsUserAsync("pg_ctl", $"-D {_dataDirectory} -w -m immediate stop");
        }
        finally
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private Task RunAsUserAsync(string tool, string arguments)
    {
        var path = Path.Combine(_binDirectory, tool);
        return Environment.UserName == "root"
            ? RunAsync("runuser", $"-u postgres -- {path} {arguments}")
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, string arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start '{fileName}'.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{fileName} {arguments}' failed with exit code {process.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static string Parent(string path) => Path.GetDirectoryName(path)!;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
