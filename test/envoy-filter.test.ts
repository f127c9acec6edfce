/**
 * The edge's EnvoyFilter against Envoy's API and Istio's EnvoyFilter semantics, on every environment.
 * Istio validates an EnvoyFilter's patch values only when it applies them, and the CRD says nothing
 * about them: a misspelt field or type URL would reach the gateway and be rejected there. The oracle
 * below is Envoy's API as read, by hand, from the proto files (not from the code under test):
 *
 *   envoyproxy/data-plane-api at 84e84367 (2026-01-29, the 1.38 development line; Istio 1.30's proxy is
 *   built on Envoy 1.38), files
 *     envoy/extensions/filters/http/local_ratelimit/v3/local_rate_limit.proto  (LocalRateLimit)
 *     envoy/extensions/filters/http/buffer/v3/buffer.proto                      (Buffer)
 *     envoy/type/v3/token_bucket.proto                                           (TokenBucket)
 *     envoy/config/core/v3/base.proto                                            (RuntimeFractionalPercent)
 *     envoy/type/v3/percent.proto                                                (FractionalPercent)
 *     envoy/extensions/filters/{http/router,network/http_connection_manager}/v3/*.proto ([#extension] names)
 *
 * and Istio's matching of GATEWAY patches, from istio/istio pilot/pkg/networking/core/envoyfilter/
 * rc_patch.go (a route configuration's `portNumber` is the Gateway server's port, parsed from the RDS
 * name `https.<port>.<port name>.<gateway>.<namespace>`) and pilot/pkg/networking/core/gateway.go (a
 * gateway's virtual hosts are named `util.DomainName(host, port)`, i.e. `<host>:<port>`).
 */
import type { IEnvoyFilter } from '@kubernetes-models/istio/networking.istio.io/v1alpha3/EnvoyFilter';
import type { IGateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway';
import { ofKind, orofiModel, synth } from './helpers';

type Json = Record<string, unknown>;
const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), o);

/** A field's type: a scalar, a well-known type, an enum (its value names), or a message of PROTOS. */
type FieldType =
  | 'string'
  | 'uint32'
  | 'bool'
  | 'UInt32Value'
  | 'BoolValue'
  | 'Duration'
  | string[]
  | { message: string };

/** Envoy's messages, field by field (proto3 JSON names are the field names as written). */
const PROTOS: Record<string, Record<string, FieldType>> = {
  'envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit': {
    stat_prefix: 'string',
    token_bucket: { message: 'envoy.type.v3.TokenBucket' },
    filter_enabled: { message: 'envoy.config.core.v3.RuntimeFractionalPercent' },
    filter_enforced: { message: 'envoy.config.core.v3.RuntimeFractionalPercent' },
    stage: 'uint32',
    local_rate_limit_per_downstream_connection: 'bool',
    always_consume_default_token_bucket: 'BoolValue',
    rate_limited_as_resource_exhausted: 'bool',
    // Also in the proto, unused here (their types are not modelled): status,
    // request_headers_to_add_when_not_enforced, response_headers_to_add, descriptors,
    // local_cluster_rate_limit, enable_x_ratelimit_headers, vh_rate_limits, rate_limits.
  },
  'envoy.extensions.filters.http.buffer.v3.Buffer': { max_request_bytes: 'UInt32Value' },
  'envoy.type.v3.TokenBucket': { max_tokens: 'uint32', tokens_per_fill: 'UInt32Value', fill_interval: 'Duration' },
  'envoy.config.core.v3.RuntimeFractionalPercent': {
    default_value: { message: 'envoy.type.v3.FractionalPercent' },
    runtime_key: 'string',
  },
  'envoy.type.v3.FractionalPercent': { numerator: 'uint32', denominator: ['HUNDRED', 'TEN_THOUSAND', 'MILLION'] },
};
/** Required fields and bounds the protos' validate rules and comments state. */
const REQUIRED: Record<string, string[]> = {
  'envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit': ['stat_prefix'], // min_len 1
  'envoy.extensions.filters.http.buffer.v3.Buffer': ['max_request_bytes'], // required, > 0
  'envoy.type.v3.TokenBucket': ['max_tokens', 'fill_interval'], // max_tokens > 0, fill_interval required
  'envoy.config.core.v3.RuntimeFractionalPercent': ['default_value'],
};
/** Filter names (`[#extension: ...]`) and the message each takes. */
const EXTENSIONS: Record<string, string> = {
  'envoy.filters.http.local_ratelimit': 'envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit',
  'envoy.filters.http.buffer': 'envoy.extensions.filters.http.buffer.v3.Buffer',
  'envoy.filters.http.router': 'envoy.extensions.filters.http.router.v3.Router',
  'envoy.filters.network.http_connection_manager':
    'envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
};
const typeUrl = (message: string) => `type.googleapis.com/${message}`;
const UINT32_MAX = 2 ** 32 - 1;

/** Every problem of `value` as a `message` in proto3 JSON, at `path`. */
function problems(value: unknown, message: string, path: string): string[] {
  const fields = PROTOS[message];
  if (!fields) return [`${path}: no model of ${message}`];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
  const out: string[] = [];
  for (const required of REQUIRED[message] ?? []) {
    if ((value as Json)[required] === undefined) out.push(`${path}.${required}: required by ${message}`);
  }
  for (const [key, v] of Object.entries(value as Json)) {
    if (key === '@type') continue;
    const type = fields[key];
    const at = `${path}.${key}`;
    const uint = (min: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= UINT32_MAX;
    if (type === undefined) out.push(`${at}: ${message} has no field ${key}`);
    else if (Array.isArray(type)) {
      if (!type.includes(v as string)) out.push(`${at}: not one of ${type.join(', ')}`);
    } else if (typeof type === 'object') out.push(...problems(v, type.message, at));
    else if (type === 'string' && (typeof v !== 'string' || v === '')) out.push(`${at}: not a non-empty string`);
    else if (type === 'bool' && typeof v !== 'boolean') out.push(`${at}: not a bool`);
    else if (type === 'BoolValue' && typeof v !== 'boolean') out.push(`${at}: not a bool`);
    // uint32 > 0 where the proto's validate rules say gt: 0 (every uint32 used here that has a rule).
    else if ((type === 'uint32' || type === 'UInt32Value') && !uint(key === 'numerator' ? 0 : 1)) {
      out.push(`${at}: not a uint32 in range`);
    } else if (type === 'Duration' && !/^\d+(\.\d{1,9})?s$/.test(String(v))) out.push(`${at}: not a Duration`);
  }
  return out;
}

const model = orofiModel();
describe.each([...model.values()].map((env) => [env.name, synth(env)] as const))('%s', (_name, files) => {
  const [filter, ...others] = ofKind(files, 'EnvoyFilter') as unknown as IEnvoyFilter[];
  const gateway = ofKind(files, 'Gateway')[0] as unknown as IGateway;
  const https = gateway.spec!.servers!.find((s) => s.port!.protocol === 'HTTPS')!;
  const patches = filter!.spec!.configPatches!;
  const httpFilters = patches.filter((p) => p.applyTo === 'HTTP_FILTER');
  const inserted = httpFilters.map((p) => String(get(p, 'patch', 'value', 'name')));

  test('one EnvoyFilter, on the ingress gateway only, every patch in the GATEWAY context', () => {
    expect(others).toEqual([]);
    expect(filter!.spec!.workloadSelector!.labels).toEqual(gateway.spec!.selector);
    for (const p of patches) expect(p.match!.context).toBe('GATEWAY');
  });

  test("HTTP filters: Envoy's names, inserted before the router of the HTTP connection manager, each typed_config its filter's message", () => {
    expect(inserted.length).toBeGreaterThan(0);
    for (const p of httpFilters) {
      expect(get(p, 'match', 'listener', 'filterChain', 'filter', 'name')).toBe(
        'envoy.filters.network.http_connection_manager',
      );
      expect(get(p, 'match', 'listener', 'filterChain', 'filter', 'subFilter', 'name')).toBe(
        'envoy.filters.http.router',
      );
      expect(p.patch!.operation).toBe('INSERT_BEFORE');
      const name = String(get(p, 'patch', 'value', 'name'));
      const message = EXTENSIONS[name];
      expect([name, message]).toEqual([name, expect.any(String)]);
      const config = get(p, 'patch', 'value', 'typed_config');
      expect(get(config, '@type')).toBe(typeUrl(message!));
      expect(problems(config, message!, `${name}.typed_config`)).toEqual([]);
      expect(Object.keys(p.patch!.value!).sort()).toEqual(['name', 'typed_config']);
    }
    // Each INSERT_BEFORE the router lands right before it: the rate limit runs first, the buffer last.
    expect(inserted).toEqual(['envoy.filters.http.local_ratelimit', 'envoy.filters.http.buffer']);
  });

  test("per-host configuration: the Gateway's HTTPS virtual hosts by Istio's names, each filter's per-route config complete", () => {
    const perHost = patches.filter((p) => p.applyTo === 'VIRTUAL_HOST');
    const hosts = https.hosts!.map((h) => h.split('/')[1]!);
    expect(perHost.map((p) => get(p, 'match', 'routeConfiguration', 'vhost', 'name')).sort()).toEqual(
      hosts.map((h) => `${h}:${https.port!.number}`).sort(),
    );
    for (const p of perHost) {
      expect(get(p, 'match', 'routeConfiguration', 'portNumber')).toBe(https.port!.number);
      expect(p.patch!.operation).toBe('MERGE');
      expect(Object.keys(p.patch!.value!)).toEqual(['typed_per_filter_config']);
      const perFilter = get(p, 'patch', 'value', 'typed_per_filter_config') as Json;
      for (const [name, config] of Object.entries(perFilter)) {
        // Envoy finds a filter's per-route config by the filter's name: it must be a filter inserted here.
        expect(inserted).toContain(name);
        const message = EXTENSIONS[name]!;
        expect(get(config, '@type')).toBe(typeUrl(message));
        expect(problems(config, message, `${name}`)).toEqual([]);
        // local_rate_limit.proto: per-route configs must set the token bucket; fill_interval >= 50ms.
        expect(get(config, 'token_bucket')).toBeDefined();
        expect(Number(String(get(config, 'token_bucket', 'fill_interval')).replace('s', ''))).toBeGreaterThanOrEqual(
          0.05,
        );
        // Both default to 0 %: without them the limit would count but never act.
        expect(get(config, 'filter_enabled', 'default_value')).toEqual({ numerator: 100, denominator: 'HUNDRED' });
        expect(get(config, 'filter_enforced', 'default_value')).toEqual({ numerator: 100, denominator: 'HUNDRED' });
      }
    }
  });
});

test('the oracle finds what it should: a wrong field, a wrong type, a missing required field', () => {
  const rl = 'envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit';
  expect(problems({ stat_prefix: 'x', token_bucket: { max_tokens: 1, fill_interval: '1s' } }, rl, 'c')).toEqual([]);
  expect(problems({ stat_prefix: 'x', tokenBucket: {} }, rl, 'c')).toEqual([
    `c.tokenBucket: ${rl} has no field tokenBucket`,
  ]);
  expect(problems({ stat_prefix: 'x', token_bucket: { max_tokens: 0, fill_interval: 1 } }, rl, 'c')).toEqual([
    'c.token_bucket.max_tokens: not a uint32 in range',
    'c.token_bucket.fill_interval: not a Duration',
  ]);
  expect(problems({}, 'envoy.extensions.filters.http.buffer.v3.Buffer', 'b')).toEqual([
    'b.max_request_bytes: required by envoy.extensions.filters.http.buffer.v3.Buffer',
  ]);
  expect(
    problems(
      { default_value: { numerator: 1, denominator: 'PERCENT' } },
      'envoy.config.core.v3.RuntimeFractionalPercent',
      'f',
    ),
  ).toEqual(['f.default_value.denominator: not one of HUNDRED, TEN_THOUSAND, MILLION']);
});
