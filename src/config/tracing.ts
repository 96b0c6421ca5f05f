// OpenTelemetry tracing settings, from the standard OTEL_* variables (src/observability/tracing.ts
// uses them). A bad value stops the start with a ConfigError naming the variable.
import { ConfigError } from '../errors.ts';

export interface TracingConfig {
  /** Where spans are sent: the full OTLP/HTTP traces URL (…/v1/traces). */
  url: string;
  /** OTEL_SERVICE_NAME: the `service.name` resource attribute (default newsgraph). */
  serviceName: string;
  /** TRACING_SQL: one span per SQL statement (default true). */
  sql: boolean;
}

const DEFAULT_ENDPOINT = 'http://localhost:4318';

function httpUrl(name: string, value: string, issues: string[]): string | null {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  issues.push(`${name}: expected an http:// or https:// URL, got "${value}"`);
  return null;
}

/**
 * Reads the tracing settings; null when tracing is off. On when OTEL_TRACES_EXPORTER=otlp,
 * or when it is unset and OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
 * is set; off with OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true. Throws ConfigError
 * naming the bad variable.
 */
export function loadTracingConfig(env: NodeJS.ProcessEnv = process.env): TracingConfig | null {
  const issues: string[] = [];
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() || null;
  if (exporter !== null && exporter !== 'otlp' && exporter !== 'none') {
    issues.push(`OTEL_TRACES_EXPORTER: expected otlp or none, got "${env.OTEL_TRACES_EXPORTER}"`);
  }
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL'] as const) {
    const protocol = env[name]?.trim();
    if (protocol && protocol !== 'http/json') {
      issues.push(`${name}: only http/json is supported (OTLP/HTTP with JSON, port 4318 of a collector), got "${protocol}"`);
    }
  }
  const tracesEndpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || null;
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || null;
  if (tracesEndpoint) httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', tracesEndpoint, issues);
  if (endpoint) httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', endpoint, issues);
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || 'newsgraph';
  let sql = true;
  const rawSql = env.TRACING_SQL?.trim();
  if (rawSql) {
    if (/^(1|true|yes|on)$/i.test(rawSql)) sql = true;
    else if (/^(0|false|no|off)$/i.test(rawSql)) sql = false;
    else issues.push(`TRACING_SQL: expected true or false, got "${env.TRACING_SQL}"`);
  }
  if (issues.length) throw new ConfigError(issues.join('; '));

  const disabled = env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true';
  const on = exporter === 'otlp' || (exporter === null && (tracesEndpoint !== null || endpoint !== null));
  if (disabled || !on) return null;
  // As the OTLP exporters do: the signal-specific URL is used as is, the general one gets /v1/traces.
  const url = tracesEndpoint ?? `${(endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, '')}/v1/traces`;
  return { url, serviceName, sql };
}
