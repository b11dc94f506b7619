using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ComplaintsBot.Tests.Instances;

/// <summary>
/// The real host executable (ComplaintsBot.dll beside the tests) as a separate process on a free loopback port,
/// started from a folder of its own, so it can be killed with SIGKILL and restarted like a deployed instance.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public string Output { get { lock (_output) return _output.ToString(); } }
    public string Error { get { lock (_error) return _error.ToString(); } }

    /// <summary>Starts the host with <paramref name="settings"/> as environment variables (Store__Provider, ...).</summary>
    public static HostProcess Start(IReadOnlyDictionary<string, string> settings, string workingDirectory, int? port = null)
    {
        var chosen = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ComplaintsBot.dll"));
        // Urls, not ASPNETCORE_URLS: appsettings.json names a Urls of its own, and only a later source overrides it.
        start.Environment["Urls"] = $"http://127.0.0.1:{chosen}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_gcServer"] = "0";
        // Not the test runner's proxy or app registration.
        foreach (var name in new[] { "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "MicrosoftAppId", "MicrosoftAppPassword" })
            start.Environment.Remove(name);
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(process, chosen);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (host._output) host._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (host._error) host._error.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until /healthz/ready answers 200; false if the process exits first or <paramref name="timeout"/> passes.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) return false;
            try
            {
                using var response = await client.GetAsync(new Uri("healthz/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return true;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(100);
        }
        return false;
    }

    /// <summary>Waits for the process to end by itself.</summary>
    public async Task<bool> WaitExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException) { return false; }
        _process.WaitForExit(); // drains the redirected output
        return true;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
