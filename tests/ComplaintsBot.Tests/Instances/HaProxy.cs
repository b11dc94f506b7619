using System.Diagnostics;
using System.Text;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// Debian's HAProxy in front of the bot's instances, as docs/operations.md sets it up: round robin, no sticky
/// sessions, readiness checks on /healthz/ready, a refused connection re-dispatched to another instance.
/// </summary>
public sealed class HaProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/haproxy";
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HaProxy(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>The configuration docs/operations.md shows, with the test's ports.</summary>
    public static string Configuration(int port, IEnumerable<int> backends) => $"""
        global
            maxconn 2000

        defaults
            mode http
            timeout connect 2s
            timeout client 60s
            timeout server 60s
            # A refused or failed connection is tried again on another instance; a request an instance accepted is not.
            retries 3
            option redispatch

        frontend complaintsbot
            bind 127.0.0.1:{port}
            default_backend bot

        backend bot
            balance roundrobin
            option httpchk GET /healthz/ready
            http-check expect status 200
            default-server inter 500ms fall 2 rise 2
        {string.Join(Environment.NewLine, backends.Select((p, i) => $"    server bot{i + 1} 127.0.0.1:{p} check"))}
        """;

    public static async Task<HaProxy> StartAsync(string folder, IReadOnlyList<int> backends)
    {
        var port = HostProcess.FreePort();
        var file = Path.Combine(folder, "haproxy.cfg");
        await File.WriteAllTextAsync(file, Configuration(port, backends) + Environment.NewLine);
        var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-db", "-f", file }) start.ArgumentList.Add(a);
        var process = new Process { StartInfo = start };
        var proxy = new HaProxy(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (proxy._log) proxy._log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (proxy._log) proxy._log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
