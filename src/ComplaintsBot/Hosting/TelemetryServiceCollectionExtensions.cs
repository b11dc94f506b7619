using ComplaintsBot.Telemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ComplaintsBot.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "Telemetry:Otlp:Endpoint";
    /// <summary>grpc (default) or http/protobuf.</summary>
    public const string OtlpProtocolKey = "Telemetry:Otlp:Protocol";

    /// <summary>
    /// OpenTelemetry traces and metrics (the bot's own, ASP.NET Core's and outbound HTTP's, which include the
    /// Connector), exported over OTLP when <c>Telemetry:Otlp:Endpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// Without either nothing is registered: the instruments cost nothing when nobody listens.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[OtlpEndpointKey];
        var fromEnvironment = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(configured) && string.IsNullOrWhiteSpace(fromEnvironment)) return services;

        Uri? endpoint = null;
        var protocol = OtlpExportProtocol.Grpc;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https"))
                throw new InvalidOperationException($"{OtlpEndpointKey} is '{configured}'; give the collector's http(s) address, e.g. http://otel-collector:4317.");
            protocol = configuration[OtlpProtocolKey]?.Trim().ToLowerInvariant() switch
            {
                null or "" or "grpc" => OtlpExportProtocol.Grpc,
                "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
                var other => throw new InvalidOperationException($"{OtlpProtocolKey} is '{other}'; use grpc or http/protobuf."),
            };
        }

        // Set in code, an http/protobuf endpoint is used as given, so each signal's path is added here.
        void Exporter(OtlpExporterOptions options, string signal)
        {
            if (endpoint is null) return; // the exporter reads OTEL_EXPORTER_OTLP_* itself
            options.Protocol = protocol;
            options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, $"v1/{signal}") : endpoint;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "complaintsbot",
                serviceInstanceId: configuration["Reminders:InstanceName"] ?? $"{Environment.MachineName}/{Environment.ProcessId}"))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(options => Exporter(options, "traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(options => Exporter(options, "metrics")));
        return services;
    }
}
