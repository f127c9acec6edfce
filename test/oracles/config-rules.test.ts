/**
 * The description's rules, one invalid input at a time, on a small platform written here (one gateway,
 * one service, no backing service): each case states the exact line(s) the README's error format
 * prescribes, `<source>: <path>: <message>` (the source is `platform` or the environment's name, list
 * items shown by their `name`), and that nothing else is reported. Valid edge cases have their typed
 * model asserted whole, from the documented defaults. Orofi's own inputs are config.test.ts's.
 */
import { ConfigError, loadPlatform } from '../../lib/config/load';
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';
import { OPERATOR_CHARTS } from '../../environments/operators';
import { configProblems } from '../helpers';
import {
  byName,
  duplicates,
  envVarOf,
  expand,
  secretStoreAccountId,
  serviceAccountEmail,
} from '../../lib/config/common';

type Inputs = { platform: PlatformInput; environments: EnvironmentInput[] };
/** A field set to a value its type does not allow (the point of the case). */
type Loose = Record<string, unknown>;

const SMALL = { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 500, memoryMiB: 256 } };
const MESH = {
  maxConnections: 100,
  maxPendingRequests: 50,
  maxRequests: 200,
  consecutive5xxErrors: 5,
  baseEjectionSeconds: 30,
  maxEjectionPercent: 50,
};
const ALERTS = { errorRatePercent: 5, latencyP99Ms: 1000, saturationPercent: 90 };
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const JAEGER = { repoURL: 'https://jaegertracing.github.io/helm-charts', chart: 'jaeger', version: '3.4.1' };

/** One gateway (`web-gateway`, host `www`) calling one service (`orders-api`); one environment, `dev`. */
function inputs(): Inputs {
  return {
    platform: {
      name: 'shop',
      cluster: { region: 'europe-west1', zones: ['europe-west1-b'], dataplaneV2: true },
      domain: 'shop.example.com',
      gcpProject: 'shop-{env}',
      artifactRegistry: { location: 'europe-west1', repository: 'images' },
      namespaces: ['edge', 'apps'],
      gateways: [{ name: 'web-gateway', namespace: 'edge', host: 'www', calls: ['orders-api'] }],
      services: [{ name: 'orders-api', namespace: 'apps' }],
      backingServices: {
        privateServicesCidr: '10.10.0.0/16',
        controlPlaneCidr: '172.16.0.0/28',
        nodesCidr: '10.0.0.0/20',
      },
      ingressGateway: { name: 'ingress', namespace: 'istio-ingress' },
      tls: { clusterIssuer: 'letsencrypt', acmeEmail: 'ops@shop.example.com' },
      gitops: { repoURL: 'https://git.example.com/shop.git' },
    },
    environments: [environment('dev', 'dev.shop.example.com')],
  };
}

function environment(name: string, domain: string): EnvironmentInput {
  return {
    name,
    domain,
    highAvailability: false,
    imageTagScheme: { prefix: name, version: 'commit' },
    imageTag: `${name}-0a1b2c3`,
    replicas: { min: 1, max: 2 },
    sizes: { small: structuredClone(SMALL) },
    mesh: { ...MESH },
    alerts: { ...ALERTS },
    operators: structuredClone(OPERATOR_CHARTS),
  };
}

const gateway = (i: Inputs) => i.platform.gateways[0]!;
const service = (i: Inputs) => i.platform.services[0]!;
const dev = (i: Inputs) => i.environments[0]!;

/** The problems of the inputs after `mutate`, or [] when they load. */
function problemsAfter(mutate: (i: Inputs) => void): readonly string[] {
  const i = inputs();
  mutate(i);
  return configProblems(i.platform, i.environments);
}

const load = (mutate: (i: Inputs) => void = () => {}) => {
  const i = inputs();
  mutate(i);
  return loadPlatform(i.platform, i.environments);
};

type Case = [string, (i: Inputs) => void, string[]];

describe('the small platform', () => {
  test('loads without a problem or a warning', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    expect(load().warnings).toEqual([]);
  });
});

describe('schema problems: one line each, at the path, in the project words', () => {
  const cases: Case[] = [
    [
      'a description that is not an object is one line at its root',
      (i) => {
        i.platform = null as unknown as PlatformInput;
      },
      ['platform: (root): must be object (got null)'],
    ],
    [
      'an environment without a name is named by its index',
      (i) => {
        delete (dev(i) as Loose).name;
        i.environments.push(environment('staging', 'staging.shop.example.com'));
        delete (i.environments[1] as Loose).highAvailability;
        (i.environments[1] as Loose).name = '';
      },
      [
        'environments[0]: name: is required',
        'environments[1]: name: must be a DNS-1123 label: lower-case letters, digits and "-" (got "")',
        'environments[1]: highAvailability: is required',
      ],
    ],
    [
      'unknown fields, each its own line, at the item named by its name',
      (i) => {
        Object.assign(gateway(i), { replicas: 2, image: 'x' });
        (dev(i) as Loose).region = 'eu';
      },
      [
        'platform: gateways.web-gateway.replicas: unknown field',
        'platform: gateways.web-gateway.image: unknown field',
        'dev: region: unknown field',
      ],
    ],
    [
      'a list item without a name (or with an empty or non-string one) is shown by its index',
      (i) => {
        i.platform.cluster.zones = ['europe-west1-b', 'Zone_C'];
        (gateway(i) as Loose).name = '';
        (service(i) as Loose).name = 7;
      },
      [
        'platform: cluster.zones.1: must be a DNS-1123 label: lower-case letters, digits and "-" (got "Zone_C")',
        'platform: gateways.0.name: must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter (got "")',
        'platform: services.0.name: must be string (got 7)',
      ],
    ],
    [
      'wrong types show the value given',
      (i) => {
        (gateway(i) as Loose).port = '8080';
        (dev(i) as Loose).highAvailability = 'yes';
        (dev(i).replicas as Loose).min = { n: 1 };
      },
      [
        'platform: gateways.web-gateway.port: must be number (got "8080")',
        'dev: highAvailability: must be boolean (got "yes")',
        'dev: replicas.min: must be number (got {"n":1})',
      ],
    ],
    [
      'values JSON cannot write are shown as written, never a crash',
      (i) => {
        (gateway(i) as Loose).port = BigInt(8080);
        (service(i) as Loose).port = Number.NaN;
        (dev(i) as Loose).highAvailability = () => true;
        dev(i).alerts.errorRatePercent = Number.POSITIVE_INFINITY;
        (dev(i).alerts as Loose).latencyP99Ms = Symbol('ms');
        (dev(i) as Loose).replicas = [BigInt(1)];
      },
      [
        'platform: gateways.web-gateway.port: must be number (got 8080n)',
        'platform: services.orders-api.port: must be number (got NaN)',
        'dev: highAvailability: must be boolean (got a function)',
        'dev: replicas: must be object (got 1)',
        'dev: alerts.errorRatePercent: must be number (got Infinity)',
        'dev: alerts.latencyP99Ms: must be number (got Symbol(ms))',
      ],
    ],
    [
      'a fraction where a count is expected',
      (i) => {
        gateway(i).port = 8080.5;
        dev(i).replicas.min = 1.5;
      },
      [
        'platform: gateways.web-gateway.port: must be integer (got 8080.5)',
        'dev: replicas.min: must be integer (got 1.5)',
      ],
    ],
    [
      "a record's key that is not a valid name: at the key, the key shown",
      (i) => {
        dev(i).sizes = { small: SMALL, Big: SMALL };
        dev(i).workloads = { Orders_API: { imageTag: 'dev-0a1b2c3' } };
      },
      [
        'dev: sizes.Big: must be a DNS-1123 label: lower-case letters, digits and "-" (got "Big")',
        'dev: workloads.Orders_API: must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter (got "Orders_API")',
      ],
    ],
    [
      "an object's field named after a `name` it holds is still shown by its key",
      (i) => {
        i.platform.ingressGateway.namespace = 'Ingress';
      },
      [
        'platform: ingressGateway.namespace: must be a DNS-1123 label: lower-case letters, digits and "-" (got "Ingress")',
      ],
    ],
    [
      'environments that are not objects',
      (i) => {
        i.environments = [null as unknown as EnvironmentInput, 'dev' as unknown as EnvironmentInput];
      },
      ['environments[0]: (root): must be object (got null)', 'environments[1]: (root): must be object (got "dev")'],
    ],
    [
      'bounds: an empty list, numbers below and above their range',
      (i) => {
        i.platform.namespaces = [];
        service(i).availabilityObjective = 99.9999;
        service(i).port = 65536;
        dev(i).alerts.saturationPercent = 0;
        dev(i).mesh.maxEjectionPercent = 101;
      },
      [
        'platform: namespaces: must have at least 1 item(s)',
        'platform: services.orders-api.port: must be <= 65535 (got 65536)',
        'platform: services.orders-api.availabilityObjective: must be <= 99.999 (got 99.9999)',
        'dev: mesh.maxEjectionPercent: must be <= 100 (got 101)',
        'dev: alerts.saturationPercent: must be >= 1 (got 0)',
      ],
    ],
    [
      'every bound of the description, just outside',
      (i) => {
        Object.assign(gateway(i), {
          port: 1023,
          paths: [],
          rateLimit: { requestsPerSecond: 0, burst: 0 },
          availabilityObjective: 89.9,
          externalHosts: [{ host: `${'a'.repeat(250)}.com`, port: 0, protocol: 'http' }],
        });
        i.platform.cluster.zones = [];
        i.platform.edge = { maxRequestBodyKiB: 1_048_577, hstsMaxAgeSeconds: 86_399 };
        i.platform.routeTimeoutSeconds = 301;
        i.platform.tracing = {
          provider: 'jaeger',
          collector: { service: 'c', namespace: 't', port: 65_536 },
          samplingPercent: 101,
        };
        i.platform.gitops = { repoURL: '', targetRevision: '' };
      },
      [
        'platform: cluster.zones: must have at least 1 item(s)',
        'platform: gateways.web-gateway.port: must be >= 1024 (got 1023)',
        'platform: gateways.web-gateway.availabilityObjective: must be >= 90 (got 89.9)',
        'platform: gateways.web-gateway.externalHosts.0.host: must be at most 253 characters',
        'platform: gateways.web-gateway.externalHosts.0.port: must be >= 1 (got 0)',
        'platform: gateways.web-gateway.externalHosts.0.protocol: must be one of "https", "tls" (got "http")',
        'platform: gateways.web-gateway.rateLimit.requestsPerSecond: must be >= 1 (got 0)',
        'platform: gateways.web-gateway.rateLimit.burst: must be >= 1 (got 0)',
        'platform: gateways.web-gateway.paths: must have at least 1 item(s)',
        'platform: edge.maxRequestBodyKiB: must be <= 1048576 (got 1048577)',
        'platform: edge.hstsMaxAgeSeconds: must be >= 86400 (got 86399)',
        'platform: routeTimeoutSeconds: must be <= 300 (got 301)',
        'platform: tracing.collector.port: must be <= 65535 (got 65536)',
        'platform: tracing.samplingPercent: must be <= 100 (got 101)',
        'platform: gitops.repoURL: must have at least 1 character(s) (got "")',
        'platform: gitops.targetRevision: must have at least 1 character(s) (got "")',
      ],
    ],
    [
      'every bound of the description, just outside on the other side',
      (i) => {
        i.platform.edge = { maxRequestBodyKiB: 0 };
        i.platform.routeTimeoutSeconds = 0;
        i.platform.tracing = { provider: 'jaeger', collector: { service: 'c', namespace: 't' }, samplingPercent: -0.5 };
      },
      [
        'platform: edge.maxRequestBodyKiB: must be >= 1 (got 0)',
        'platform: routeTimeoutSeconds: must be >= 1 (got 0)',
        'platform: tracing.samplingPercent: must be >= 0 (got -0.5)',
      ],
    ],
    [
      'every bound of an environment, just outside',
      (i) => {
        dev(i).mesh = {
          maxConnections: 0,
          maxPendingRequests: 0,
          maxRequests: 0,
          consecutive5xxErrors: 0,
          baseEjectionSeconds: 0,
          maxEjectionPercent: 0,
        };
        dev(i).alerts = { errorRatePercent: 0.009, latencyP99Ms: 0, saturationPercent: 101 };
        dev(i).replicas = { min: 1, max: 0 };
        dev(i).gitops = {
          targetRevision: '',
          syncWindows: [{ kind: 'maybe' as 'allow', schedule: '0 9 * * *', duration: '1h', timeZone: '' }],
        };
      },
      [
        'dev: replicas.max: must be >= 1 (got 0)',
        'dev: mesh.maxConnections: must be >= 1 (got 0)',
        'dev: mesh.maxPendingRequests: must be >= 1 (got 0)',
        'dev: mesh.maxRequests: must be >= 1 (got 0)',
        'dev: mesh.consecutive5xxErrors: must be >= 1 (got 0)',
        'dev: mesh.baseEjectionSeconds: must be >= 1 (got 0)',
        'dev: mesh.maxEjectionPercent: must be >= 1 (got 0)',
        'dev: alerts.errorRatePercent: must be >= 0.01 (got 0.009)',
        'dev: alerts.latencyP99Ms: must be >= 1 (got 0)',
        'dev: alerts.saturationPercent: must be <= 100 (got 101)',
        'dev: gitops.targetRevision: must have at least 1 character(s) (got "")',
        'dev: gitops.syncWindows.0.kind: must be one of "allow", "deny" (got "maybe")',
        'dev: gitops.syncWindows.0.timeZone: must have at least 1 character(s) (got "")',
      ],
    ],
    [
      'an error rate above 100 %',
      (i) => {
        dev(i).alerts.errorRatePercent = 100.5;
      },
      ['dev: alerts.errorRatePercent: must be <= 100 (got 100.5)'],
    ],
    [
      'a choice outside its values lists them',
      (i) => {
        (service(i) as Loose).protocol = 'tcp';
        (dev(i).imageTagScheme as Loose).version = 'date';
      },
      [
        'platform: services.orders-api.protocol: must be one of "http", "grpc" (got "tcp")',
        'dev: imageTagScheme.version: must be one of "commit", "semver" (got "date")',
      ],
    ],
    [
      'a name over 63 characters',
      (i) => {
        i.platform.namespaces.push('n'.repeat(64));
        service(i).size = 's'.repeat(64);
      },
      [
        'platform: namespaces.2: must be at most 63 characters',
        'platform: services.orders-api.size: must be at most 63 characters',
      ],
    ],
  ];
  test.each(cases)('%s', (_, mutate, expected) => expect(problemsAfter(mutate)).toEqual(expected));
});

describe('field formats: the whole value must match', () => {
  const LABEL = 'must be a DNS-1123 label: lower-case letters, digits and "-"';
  const NAME = 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter';
  const HOST = 'must be a DNS-1123 subdomain such as "example.com"';
  const cases: Case[] = [
    [
      'DNS labels and workload names: no leading or trailing "-", no upper case, a letter first',
      (i) => {
        i.platform.namespaces = ['edge', 'apps', '-apps', 'apps-', 'Apps', '1apps'];
        service(i).name = 'orders-';
        gateway(i).calls = ['orders-'];
        gateway(i).host = '9www';
      },
      [
        `platform: namespaces.2: ${LABEL} (got "-apps")`,
        `platform: namespaces.3: ${LABEL} (got "apps-")`,
        `platform: namespaces.4: ${LABEL} (got "Apps")`,
        `platform: gateways.web-gateway.calls.0: ${NAME} (got "orders-")`,
        `platform: services.orders-.name: ${NAME} (got "orders-")`,
      ],
    ],
    [
      'host names: labels joined by single dots, no trailing dot, at most 253 characters',
      (i) => {
        i.platform.domain = 'shop..example.com';
        i.platform.trustDomain = 'mesh.example.com.';
        dev(i).domain = `${'a'.repeat(60)}.`.repeat(4) + 'shop.example.com';
      },
      [
        `platform: domain: ${HOST} (got "shop..example.com")`,
        `platform: trustDomain: ${HOST} (got "mesh.example.com.")`,
        'dev: domain: must be at most 253 characters',
      ],
    ],
    [
      'ranges, addresses, URL paths, e-mail and URL',
      (i) => {
        i.platform.backingServices.nodesCidr = '10.0.0.0';
        i.platform.tls.acmeEmail = 'ops';
        i.platform.tls.acmeServer = 'acme';
        gateway(i).paths = ['v1', '/v1?x=1', 'api/v1'];
        service(i).metricsPath = '/metrics#';
        service(i).healthPaths = { readiness: 'ready' };
        dev(i).ingressAddress = '203.0.113';
      },
      [
        'platform: gateways.web-gateway.paths.0: must be an absolute URL path such as "/" or "/v1" (got "v1")',
        'platform: gateways.web-gateway.paths.1: must be an absolute URL path such as "/" or "/v1" (got "/v1?x=1")',
        'platform: gateways.web-gateway.paths.2: must be an absolute URL path such as "/" or "/v1" (got "api/v1")',
        'platform: services.orders-api.healthPaths.readiness: must be an absolute URL path such as "/" or "/v1" (got "ready")',
        'platform: services.orders-api.metricsPath: must be an absolute URL path such as "/" or "/v1" (got "/metrics#")',
        'platform: backingServices.nodesCidr: must be an IPv4 CIDR such as "203.0.113.0/24" (got "10.0.0.0")',
        'platform: tls.acmeEmail: must be an e-mail address (got "ops")',
        'platform: tls.acmeServer: must be a URL such as "https://acme-v02.api.letsencrypt.org/directory" (got "acme")',
        'dev: ingressAddress: must be an IPv4 address such as "203.0.113.10" (got "203.0.113")',
      ],
    ],
    [
      'the GCP project pattern names {env}; the GitOps folder is relative; signature keys are GPG key IDs',
      (i) => {
        i.platform.gcpProject = 'shop-dev';
        i.platform.gitops.path = '/dist';
        i.platform.gitops.signatureKeys = ['0123456789ABCDEF', '0123456789abcdef', '0123456789ABCDEF0'];
      },
      [
        'platform: gcpProject: must contain "{env}" (got "shop-dev")',
        'platform: gitops.path: must be a relative folder such as "dist" (got "/dist")',
        'platform: gitops.signatureKeys.1: must be a GPG key ID (16 upper-case hex digits) (got "0123456789abcdef")',
        'platform: gitops.signatureKeys.2: must be a GPG key ID (16 upper-case hex digits) (got "0123456789ABCDEF0")',
      ],
    ],
    [
      'GitOps folders: nested ones are relative folders too, a trailing "/" is not',
      (i) => {
        i.platform.gitops.path = 'dist/';
      },
      ['platform: gitops.path: must be a relative folder such as "dist" (got "dist/")'],
    ],
    [
      'image tags and digests: the whole value',
      (i) => {
        dev(i).imageTag = '.dev-0a1b2c3';
        dev(i).workloads = {
          'web-gateway': { imageDigest: `${DIGEST}0` },
          'orders-api': { imageTag: `dev-${'a'.repeat(125)}` },
        };
      },
      [
        'dev: imageTag: must be a valid image tag (got ".dev-0a1b2c3")',
        `dev: workloads.web-gateway.imageDigest: must be a digest: "sha256:" and 64 lower-case hex digits (got "${DIGEST}0")`,
        `dev: workloads.orders-api.imageTag: must be a valid image tag (got "dev-${'a'.repeat(125)}")`,
      ],
    ],
    [
      'Helm charts: a chart name, an exact version',
      (i) => {
        dev(i).operators.loki = { ...dev(i).operators.loki, chart: 'Loki' };
        dev(i).operators.alloy = { ...dev(i).operators.alloy, version: '^1.2.0' };
        dev(i).operators.istiod = { ...dev(i).operators.istiod, version: '1.30' };
        dev(i).operators.argoCd = { ...dev(i).operators.argoCd, repoURL: '' };
      },
      [
        'dev: operators.istiod.version: must be an exact version such as "1.2.3" (got "1.30")',
        'dev: operators.loki.chart: must be a chart name (got "Loki")',
        'dev: operators.alloy.version: must be an exact version such as "1.2.3" (got "^1.2.0")',
        'dev: operators.argoCd.repoURL: must have at least 1 character(s) (got "")',
      ],
    ],
    [
      'sync windows: a cron schedule of exactly 5 fields, hours or minutes',
      (i) => {
        dev(i).gitops = {
          syncWindows: [
            { kind: 'allow', schedule: '0 9 * *', duration: '8h' },
            { kind: 'deny', schedule: '0 9 * * 1 2', duration: '2d' },
            { kind: 'deny', schedule: '0 9 * * 1', duration: 'h8' },
          ],
        };
      },
      [
        'dev: gitops.syncWindows.0.schedule: must be a cron schedule of 5 fields (got "0 9 * *")',
        'dev: gitops.syncWindows.1.schedule: must be a cron schedule of 5 fields (got "0 9 * * 1 2")',
        'dev: gitops.syncWindows.1.duration: must be hours or minutes, e.g. "8h" (got "2d")',
        'dev: gitops.syncWindows.2.duration: must be hours or minutes, e.g. "8h" (got "h8")',
      ],
    ],
    [
      'sizes: at least 1, at most the ceilings',
      (i) => {
        dev(i).sizes = {
          small: {
            requests: { cpuMillis: 0, memoryMiB: 128 },
            limits: { cpuMillis: 64_001, memoryMiB: 262_145 },
          },
        };
      },
      [
        'dev: sizes.small.requests.cpuMillis: must be >= 1 (got 0)',
        'dev: sizes.small.limits.cpuMillis: must be <= 64000 (got 64001)',
        'dev: sizes.small.limits.memoryMiB: must be <= 262144 (got 262145)',
      ],
    ],
    [
      'formats anchored at both ends: a digest, a chart, a version, a duration, a name',
      (i) => {
        dev(i).workloads = { 'web-gateway': { imageDigest: `x${DIGEST}` } };
        dev(i).operators.loki = { ...dev(i).operators.loki, chart: 'loki-' };
        dev(i).operators.alloy = { ...dev(i).operators.alloy, version: '1.2.3.4' };
        dev(i).gitops = { syncWindows: [{ kind: 'allow', schedule: '0 9 * * *', duration: '8hours' }] };
        service(i).name = '1orders';
        gateway(i).calls = [];
      },
      [
        'platform: services.1orders.name: must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter (got "1orders")',
        'dev: operators.loki.chart: must be a chart name (got "loki-")',
        'dev: operators.alloy.version: must be an exact version such as "1.2.3" (got "1.2.3.4")',
        'dev: gitops.syncWindows.0.duration: must be hours or minutes, e.g. "8h" (got "8hours")',
        `dev: workloads.web-gateway.imageDigest: must be a digest: "sha256:" and 64 lower-case hex digits (got "x${DIGEST}")`,
      ],
    ],
  ];
  test.each(cases)('%s', (_, mutate, expected) => expect(problemsAfter(mutate)).toEqual(expected));

  test('images the description names: a registry path, a release tag, an optional digest (the Cloud SQL proxy)', () => {
    const problemsOf = (proxyImage: string) =>
      problemsAfter((i) => {
        i.platform.backingServices.cloudSql = { instance: 'shop-{env}-sql', proxyImage };
      });
    const FORMAT = 'must be an image with a tag, pinned as "<image>:<tag>@sha256:<64 hex digits>" or not';
    const LATEST = 'must name a release: "latest" is not reproducible';
    const proxy = 'gcr.io/cloud-sql-connectors/cloud-sql-proxy';
    for (const [image, messages] of [
      ['cloud-sql-proxy:2.23.0', [FORMAT]],
      [`GCR.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0`, [FORMAT]],
      [`/${proxy}:2.23.0`, [FORMAT]],
      [proxy, [FORMAT]],
      [`${proxy}:2.23.0@sha256:1234`, [FORMAT]],
      [`${proxy}:2.23.0@${DIGEST}0`, [FORMAT]],
      [`${proxy}:2.23.0 `, [FORMAT]],
      [`${proxy}:latest`, [LATEST]],
      [`${proxy}:latest@${DIGEST}`, [LATEST]],
    ] as const)
      expect(problemsOf(image)).toEqual(
        messages.map((m) => `platform: backingServices.cloudSql.proxyImage: ${m} (got "${image}")`),
      );
    for (const image of [
      `${proxy}:2.23.0`,
      `registry.example.com:5000/team/proxy:2.23.0@${DIGEST}`,
      `${proxy}:latest-2`,
    ])
      expect(problemsOf(image)).toEqual([]);
  });

  test('where environments require digests, the images the description names are pinned: the line names them all', () => {
    const pinned = (proxyImage: string) =>
      problemsAfter((i) => {
        i.platform.backingServices.cloudSql = { instance: 'shop-{env}-sql', proxyImage };
        i.environments.push(
          environment('qa', 'qa.shop.example.com'),
          environment('staging', 'staging.shop.example.com'),
        );
        for (const e of [i.environments[0]!, i.environments[2]!])
          Object.assign(e, {
            requireImageDigests: true,
            workloads: { 'web-gateway': { imageDigest: DIGEST }, 'orders-api': { imageDigest: DIGEST } },
          });
      });
    const image = 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0';
    expect(pinned(image)).toEqual([
      `platform: backingServices.cloudSql.proxyImage: must be pinned by digest ("<image>:<tag>@sha256:<64 hex digits>") (got "${image}"; required in dev, staging)`,
    ]);
    expect(pinned(`${image}@${DIGEST}`)).toEqual([]);
  });

  test('values at the edge of each format are accepted', () => {
    expect(
      problemsAfter((i) => {
        i.platform.namespaces = ['edge', 'apps', 'a', '0', 'n'.repeat(63)];
        i.platform.gitops.path = 'platforms/shop.v2/dist_1';
        i.platform.gitops.signatureKeys = ['0123456789ABCDEF'];
        dev(i).imageTag = `dev-${'0a1b2c3d'.repeat(5)}`;
        dev(i).workloads = { 'web-gateway': { imageDigest: DIGEST, imageTag: 'dev-0a1b2c3' } };
        dev(i).operators.alloy = { ...dev(i).operators.alloy, version: 'v1.2.0-rc.1' };
        dev(i).gitops = { syncWindows: [{ kind: 'allow', schedule: '*/5 9-17 * * 1-5', duration: '90m' }] };
        dev(i).sizes = {
          small: { requests: { cpuMillis: 1, memoryMiB: 1 }, limits: { cpuMillis: 64_000, memoryMiB: 262_144 } },
        };
      }),
    ).toEqual([]);
  });
});

describe('rules of the description: one line per problem, at its path', () => {
  const cases: Case[] = [
    [
      "Kubernetes' and the components' namespaces are not application namespaces",
      (i) => {
        i.platform.namespaces = [
          'edge',
          'apps',
          'kube-public',
          'kube-node-lease',
          'cert-manager',
          'external-secrets',
          'istio-system',
          'istio-cni',
          'istio-ingress',
          'argocd',
        ];
      },
      [
        'kube-public" is the namespace of Kubernetes itself',
        'kube-node-lease" is the namespace of Kubernetes itself',
        'cert-manager" is the namespace of cert-manager',
        'external-secrets" is the namespace of External Secrets',
        'istio-system" is the namespace of istiod (istioNamespace)',
        'istio-cni" is the namespace of the Istio CNI node agent',
        'istio-ingress" is the namespace of the ingress gateway (ingressGateway.namespace)',
        'argocd" is the namespace of Argo CD (gitops.namespace)',
      ].map(
        (what, n) =>
          `platform: namespaces.${n + 2}: "${what}, not an application namespace (each gets a deny-all NetworkPolicy)`,
      ),
    ],
    [
      "the components' namespaces follow the description's choice of them",
      (i) => {
        Object.assign(i.platform, { istioNamespace: 'mesh', monitoringNamespace: 'metrics' });
        i.platform.gitops.namespace = 'delivery';
        i.platform.namespaces = ['edge', 'apps', 'istio-system', 'monitoring', 'mesh', 'metrics', 'delivery'];
      },
      [
        'platform: namespaces.4: "mesh" is the namespace of istiod (istioNamespace), not an application namespace (each gets a deny-all NetworkPolicy)',
        'platform: namespaces.5: "metrics" is the namespace of Prometheus, Grafana and Loki (monitoringNamespace), not an application namespace (each gets a deny-all NetworkPolicy)',
        'platform: namespaces.6: "delivery" is the namespace of Argo CD (gitops.namespace), not an application namespace (each gets a deny-all NetworkPolicy)',
      ],
    ],
    [
      "a backing service's component namespace: the MongoDB operator's, where no service uses MongoDB",
      (i) => {
        i.platform.backingServices.mongodb = { cluster: 'documents', namespace: 'documents', users: [] };
        i.platform.namespaces.push('documents');
      },
      [
        'platform: namespaces.2: "documents" is the namespace of the MongoDB operator (backingServices.mongodb.namespace), not an application namespace (each gets a deny-all NetworkPolicy)',
      ],
    ],
    [
      'a namespace listed twice; a workload in an undeclared namespace',
      (i) => {
        i.platform.namespaces = ['edge', 'apps', 'edge'];
        service(i).namespace = 'shop';
      },
      [
        'platform: namespaces: namespace "edge" is listed twice',
        'platform: services.orders-api.namespace: unknown namespace "shop" (declared: edge, apps, edge)',
      ],
    ],
    [
      "names the charts give their own objects; a GCP service account id's length",
      (i) => {
        i.platform.services = [
          { name: 'allow-nothing', namespace: 'apps' },
          { name: 'default', namespace: 'apps' },
          { name: 'shop-overview', namespace: 'apps' },
          { name: 'short', namespace: 'apps' },
          { name: `s${'x'.repeat(30)}`, namespace: 'apps' },
          { name: `s${'x'.repeat(29)}`, namespace: 'apps' },
          { name: 'orders', namespace: 'apps' },
        ];
        gateway(i).calls = i.platform.services.map((s) => s.name);
      },
      [
        'platform: services.allow-nothing.name: "allow-nothing" is taken by the AuthorizationPolicy of every application namespace',
        'platform: services.default.name: "default" is taken by the Sidecar of every application namespace',
        'platform: services.shop-overview.name: "shop-overview" is taken by the overview dashboard (dashboard-shop-overview)',
        'platform: services.short.name: must be 6 to 30 characters: it is also the id of the GCP service account',
        `platform: services.s${'x'.repeat(30)}.name: must be 6 to 30 characters: it is also the id of the GCP service account`,
      ],
    ],
    [
      'calls: not itself, not an unknown workload, each once, never a gateway',
      (i) => {
        i.platform.gateways.push({ name: 'admin-gateway', namespace: 'edge', host: 'admin' });
        gateway(i).calls = ['orders-api', 'web-gateway', 'billing-api', 'orders-api', 'admin-gateway'];
        service(i).calls = ['admin-gateway'];
      },
      [
        'platform: gateways.web-gateway.calls.1: a workload cannot call itself',
        'platform: gateways.web-gateway.calls.2: calls unknown workload "billing-api"',
        'platform: gateways.web-gateway.calls: "orders-api" is listed twice',
        'platform: gateways.web-gateway.calls: API gateways are reached only from the ingress, not called by workloads',
        'platform: services.orders-api.calls: API gateways are reached only from the ingress, not called by workloads',
      ],
    ],
    [
      'application secrets: each once, a letter first',
      (i) => {
        service(i).secrets = ['api-key', '9-lives', 'api-key', 'z9'];
      },
      [
        'platform: services.orders-api.secrets: "api-key" is listed twice',
        'platform: services.orders-api.secrets.1: must start with a letter: Kubernetes rejects its environment variable name "9_LIVES"',
      ],
    ],
    [
      "the cluster's zones: in its region (as a prefix with its dash), each once",
      (i) => {
        i.platform.cluster.zones = ['europe-west1-b', 'europe-west10-a', 'us-europe-west1-c', 'europe-west1-b'];
      },
      [
        'platform: cluster.zones.1: "europe-west10-a" is not a zone of the cluster\'s region "europe-west1"',
        'platform: cluster.zones.2: "us-europe-west1-c" is not a zone of the cluster\'s region "europe-west1"',
        'platform: cluster.zones: "europe-west1-b" is listed twice',
      ],
    ],
    [
      'external hosts: public, fully qualified, no address, each (host, port) once',
      (i) => {
        service(i).externalHosts = [
          { host: 'api.stripe.com' },
          { host: 'api.stripe.com', port: 8443 },
          { host: 'api.stripe.com', port: 443, protocol: 'tls' },
          { host: 'stripe' },
          { host: '203.0.113.7' },
          { host: 'vault.internal' },
          { host: 'db.local' },
          { host: 'orders.apps.svc' },
          { host: 'api.stripe.com.' },
          { host: 'a.*.example.com' },
        ];
      },
      [
        'platform: services.orders-api.externalHosts.3.host: "stripe" is not a fully qualified host name such as "api.example.com"',
        'platform: services.orders-api.externalHosts.4.host: "203.0.113.7" is not a fully qualified host name such as "api.example.com"',
        'platform: services.orders-api.externalHosts.5.host: "vault.internal" is not a host outside the cluster',
        'platform: services.orders-api.externalHosts.6.host: "db.local" is not a host outside the cluster',
        'platform: services.orders-api.externalHosts.7.host: "orders.apps.svc" is not a host outside the cluster',
        'platform: services.orders-api.externalHosts.8.host: "api.stripe.com." is not a fully qualified host name such as "api.example.com"',
        'platform: services.orders-api.externalHosts.9.host: "a.*.example.com" is a wildcard: name each host the workload calls',
        'platform: services.orders-api.externalHosts: "api.stripe.com:443" is listed twice',
      ],
    ],
    [
      "workloads of one namespace share a host's ServiceEntry: the same ports, whatever their order",
      (i) => {
        i.platform.services.push(
          { name: 'billing-api', namespace: 'apps', externalHosts: [{ host: 'api.stripe.com', port: 8443 }] },
          {
            name: 'refund-api',
            namespace: 'apps',
            externalHosts: [{ host: 'api.stripe.com', port: 8443 }, { host: 'api.stripe.com' }],
          },
        );
        service(i).externalHosts = [{ host: 'api.stripe.com' }, { host: 'api.stripe.com', port: 8443 }];
        gateway(i).calls = ['orders-api', 'billing-api', 'refund-api'];
        gateway(i).externalHosts = [{ host: 'api.stripe.com', protocol: 'tls' }];
      },
      [
        'platform: services.billing-api.externalHosts: declares "api.stripe.com" with 8443/https, but orders-api in namespace "apps" with 443/https, 8443/https: workloads of one namespace share a host\'s ServiceEntry, so they must declare the same ports',
      ],
    ],
    [
      "Istio's reserved ports, first and last",
      (i) => {
        gateway(i).port = 15000;
        service(i).port = 15090;
        i.platform.services.push({ name: 'billing-api', namespace: 'apps', port: 14999 });
        i.platform.services.push({ name: 'refund-api', namespace: 'apps', port: 15091 });
        gateway(i).calls = ['orders-api', 'billing-api', 'refund-api'];
      },
      [
        "platform: gateways.web-gateway.port: 15000 is one of Istio's reserved ports (15000-15090), used by the sidecar in every pod: choose another port",
        "platform: services.orders-api.port: 15090 is one of Istio's reserved ports (15000-15090), used by the sidecar in every pod: choose another port",
      ],
    ],
    [
      'routes: written normally, each once, one gateway per prefix of a host',
      (i) => {
        gateway(i).paths = ['/', '/a/./b', '/a/', '/a', '/a', '/a/..', '/a//b'];
        i.platform.gateways.push({ name: 'shop-gateway', namespace: 'edge', host: 'www', paths: ['/shop', '/a'] });
        i.platform.gateways.push({ name: 'cart-gateway', namespace: 'edge', host: 'www', paths: ['/a', '/x', '/x'] });
      },
      [
        'platform: gateways.web-gateway.paths: "/a" is listed twice',
        'platform: gateways.web-gateway.paths.1: "/a/./b" is not a normal path: write it as "/a/b"',
        'platform: gateways.web-gateway.paths.3: "/a" is the same route as "/a/" (paths.2): list it once',
        'platform: gateways.web-gateway.paths.4: "/a" is the same route as "/a/" (paths.2): list it once',
        'platform: gateways.web-gateway.paths.5: "/a/.." is not a normal path: write it as "/"',
        'platform: gateways.web-gateway.paths.6: "/a//b" is not a normal path: write it as "/a/b"',
        'platform: gateways.shop-gateway.paths.1: prefix "/a" of host "www" is already routed to web-gateway',
        'platform: gateways.cart-gateway.paths: "/x" is listed twice',
        'platform: gateways.cart-gateway.paths.0: prefix "/a" of host "www" is already routed to web-gateway',
      ],
    ],
    [
      'gateways sharing a host: a rate limit equal to the default one is the same rate limit',
      (i) => {
        i.platform.gateways.push({
          name: 'shop-gateway',
          namespace: 'edge',
          host: 'www',
          paths: ['/shop'],
          rateLimit: { requestsPerSecond: 100, burst: 200 },
        });
        i.platform.gateways.push({
          name: 'cart-gateway',
          namespace: 'edge',
          host: 'www',
          paths: ['/cart'],
          rateLimit: { requestsPerSecond: 100, burst: 201 },
        });
        gateway(i).paths = ['/'];
      },
      [
        'platform: gateways.cart-gateway.rateLimit: host "www" is shared with web-gateway, whose rate limit differs: a host has one rate limit',
      ],
    ],
    [
      'the private services range lies inside a private range',
      (i) => {
        i.platform.backingServices.privateServicesCidr = '172.32.0.0/16';
      },
      [
        'platform: backingServices.privateServicesCidr: "172.32.0.0/16" is not a private range: Cloud SQL and Memorystore get their addresses from a range inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10',
      ],
    ],
    [
      'a range wider than the private one is not inside it',
      (i) => {
        i.platform.backingServices.privateServicesCidr = '10.0.0.0/7';
      },
      [
        'platform: backingServices.privateServicesCidr: "10.0.0.0/7" is not a private range: Cloud SQL and Memorystore get their addresses from a range inside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10',
      ],
    ],
    [
      'a backing service the description does not declare: at the flag, or at the field set without it, kind by kind',
      (i) => {
        service(i).uses = { kafka: true, mysql: true };
        service(i).topics = { produces: ['orders.placed'] };
        i.platform.services.push({
          name: 'billing-api',
          namespace: 'apps',
          topics: { produces: ['billing.paid'] },
        });
        gateway(i).calls = ['orders-api', 'billing-api'];
      },
      [
        'platform: services.orders-api.uses.kafka: the platform declares no kafka (backingServices.kafka)',
        'platform: services.billing-api.topics: the platform declares no kafka (backingServices.kafka)',
        'platform: services.orders-api.uses.mysql: the platform declares no cloudSql (backingServices.cloudSql)',
      ],
    ],
  ];
  test.each(cases)('%s', (_, mutate, expected) => expect(problemsAfter(mutate)).toEqual(expected));

  test('valid neighbours of those rules: private ranges at their edges, zones of the region, hosts and paths that only look alike', () => {
    for (const range of ['10.255.0.0/16', '172.31.255.0/24', '192.168.0.0/16', '100.127.0.0/16', '100.64.0.0/10'])
      expect(problemsAfter((i) => (i.platform.backingServices.privateServicesCidr = range))).toEqual([]);
    for (const range of ['11.0.0.0/8', '192.169.0.0/16', '100.128.0.0/16', '0.0.0.0/0'])
      expect(problemsAfter((i) => (i.platform.backingServices.privateServicesCidr = range))).toHaveLength(1);
    expect(
      problemsAfter((i) => {
        i.platform.cluster.zones = ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'];
        service(i).externalHosts = [
          { host: 'api.stripe.com' },
          { host: 'api.stripe.com', port: 8443 },
          { host: '1password.com' },
          { host: 'svc.example.com' },
          { host: 'local.example.com' },
          { host: 'api.internalcorp.com' },
        ];
        gateway(i).paths = ['/', '/.well-known/acme', '/v1.2', '/a..b'];
        gateway(i).port = 14999;
        service(i).port = 15091;
      }),
    ).toEqual([]);
  });
});

describe('rules of an environment, against the description', () => {
  const cases: Case[] = [
    [
      'replica bounds: min <= max, at least 2 where highly available, for the overrides too',
      (i) => {
        dev(i).highAvailability = true;
        dev(i).replicas = { min: 2, max: 2 };
        dev(i).workloads = {
          'web-gateway': { replicas: { min: 1, max: 3 } },
          'orders-api': { replicas: { min: 4, max: 3 } },
        };
      },
      [
        'dev: workloads.web-gateway.replicas.min: must be >= 2 in a highAvailability environment (got 1)',
        'dev: workloads.orders-api.replicas.min: must be <= max (3) (got 4)',
      ],
    ],
    [
      'limits below requests, for CPU and memory, of every size class',
      (i) => {
        dev(i).sizes = {
          small: SMALL,
          tiny: { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 99, memoryMiB: 127 } },
        };
      },
      [
        'dev: sizes.tiny.limits.cpuMillis: must be >= requests.cpuMillis (100) (got 99)',
        'dev: sizes.tiny.limits.memoryMiB: must be >= requests.memoryMiB (128) (got 127)',
      ],
    ],
    [
      'the GCP project id the environment gives (6 to 30 characters)',
      (i) => {
        i.platform.gcpProject = 'p-{env}';
      },
      ['dev: name: gives the GCP project id "p-dev", which is not valid'],
    ],
    [
      'GCP project ids: a letter first, no "-" last, at most 30 characters',
      (i) => {
        i.environments.push(
          environment('qa', 'qa.shop.example.com'),
          environment('staging', 'staging.shop.example.com'),
        );
        i.platform.gcpProject = '{env}-shop-project-number-one-';
      },
      [
        'dev: name: gives the GCP project id "dev-shop-project-number-one-", which is not valid',
        'qa: name: gives the GCP project id "qa-shop-project-number-one-", which is not valid',
        'staging: name: gives the GCP project id "staging-shop-project-number-one-", which is not valid',
      ],
    ],
    [
      'GCP project ids: not a digit first',
      (i) => {
        i.platform.gcpProject = '1{env}-shop';
      },
      ['dev: name: gives the GCP project id "1dev-shop", which is not valid'],
    ],
    [
      "a domain outside the platform's, also one that only ends with its name",
      (i) => {
        dev(i).domain = 'devshop.example.com';
        i.environments.push(environment('qa', 'qa.shop.example.org'));
      },
      [
        'dev: domain: must be "shop.example.com" or a subdomain of it (got "devshop.example.com")',
        'qa: domain: must be "shop.example.com" or a subdomain of it (got "qa.shop.example.org")',
      ],
    ],
    [
      'zone redundancy needs 3 zones',
      (i) => {
        i.platform.cluster.zones = ['europe-west1-b', 'europe-west1-c'];
        dev(i).zoneRedundant = true;
      },
      ['dev: zoneRedundant: needs 3 or more zones, but the cluster declares 2 (europe-west1-b, europe-west1-c)'],
    ],
    [
      'an override of an unknown workload; a size no environment defines; an allow-list of every address',
      (i) => {
        dev(i).workloads = { 'billing-api': { imageTag: 'dev-0a1b2c3' } };
        service(i).size = 'large';
        dev(i).ingressAllowList = ['198.51.100.0/24', '0.0.0.0/0'];
      },
      [
        'dev: workloads.billing-api: unknown workload "billing-api"',
        'dev: ingressAllowList.1: "0.0.0.0/0" admits every address: list only the ranges to admit, or leave ingressAllowList empty for a public ingress',
        'dev: sizes: has no size "large" (used by services.orders-api)',
      ],
    ],
    [
      "settings of a backing service the description does not declare, the environment's and its storage",
      (i) => {
        Object.assign(dev(i), {
          kafka: { resources: SMALL, retentionHours: 72 },
          storage: { mongodbGiB: 10 },
        });
      },
      [
        'dev: kafka: the platform declares no kafka (backingServices.kafka)',
        'dev: storage.mongodbGiB: the platform declares no mongodb (backingServices.mongodb)',
      ],
    ],
    [
      'Jaeger without tracing in the description',
      (i) => {
        dev(i).operators.jaeger = JAEGER;
      },
      [
        "dev: operators.jaeger: installs Jaeger as the tracing collector, but the description has no tracing: set the platform's tracing (its collector is Jaeger's Service)",
      ],
    ],
    [
      'image tags: one for every workload, never latest, in the tag scheme (its own path where overridden)',
      (i) => {
        delete dev(i).imageTag;
        dev(i).workloads = { 'web-gateway': { imageTag: 'latest' } };
        i.environments.push({ ...environment('qa', 'qa.shop.example.com'), imageTag: 'qa-0A1B2C3' });
        i.environments.push({
          ...environment('stage', 'stage.shop.example.com'),
          imageTagScheme: { prefix: 'stage', version: 'semver' },
          imageTag: 'stage-v1.02.3',
          workloads: { 'orders-api': { imageTag: 'stage-1.2.3' } },
        });
      },
      [
        'dev: workloads.web-gateway.imageTag: must name a release: "latest" is not reproducible',
        'dev: workloads.orders-api.imageTag: is required: no tag here and no environment imageTag',
        'qa: imageTag: must follow the environment\'s tag scheme "qa-<commit>" (got "qa-0A1B2C3")',
        'stage: imageTag: must follow the environment\'s tag scheme "stage-v<major>.<minor>.<patch>" (got "stage-v1.02.3")',
        'stage: workloads.orders-api.imageTag: must follow the environment\'s tag scheme "stage-v<major>.<minor>.<patch>" (got "stage-1.2.3")',
      ],
    ],
    [
      'commit tags: 7 to 40 hex digits after the prefix',
      (i) => {
        dev(i).imageTag = 'dev-0a1b2c';
        dev(i).workloads = { 'orders-api': { imageTag: `dev-${'a'.repeat(41)}` } };
      },
      [
        'dev: imageTag: must follow the environment\'s tag scheme "dev-<commit>" (got "dev-0a1b2c")',
        `dev: workloads.orders-api.imageTag: must follow the environment's tag scheme "dev-<commit>" (got "dev-${'a'.repeat(41)}")`,
      ],
    ],
    [
      'digests required, and internal hosts need their allow-list',
      (i) => {
        dev(i).requireImageDigests = true;
        dev(i).workloads = { 'web-gateway': { imageDigest: DIGEST }, 'admin-gateway': { imageDigest: DIGEST } };
        gateway(i).internal = true;
        i.platform.gateways.push({ name: 'admin-gateway', namespace: 'edge', host: 'admin', internal: true });
        i.platform.gateways.push({ name: 'shop-gateway', namespace: 'edge', host: 'shop' });
      },
      [
        'dev: workloads.shop-gateway.imageDigest: is required: this environment pins every image by digest (requireImageDigests)',
        'dev: workloads.orders-api.imageDigest: is required: this environment pins every image by digest (requireImageDigests)',
        'dev: internalAllowList: is required: the hosts of web-gateway, admin-gateway (internal) admit only these ranges',
      ],
    ],
    [
      "an environment's own problems are reported even when the description is broken",
      (i) => {
        (i.platform as Loose).domain = 7;
        dev(i).replicas = { min: 3, max: 2 };
        dev(i).sizes = { small: { ...SMALL, limits: { cpuMillis: 1, memoryMiB: 256 } } };
        dev(i).workloads = { 'billing-api': { replicas: { min: 2, max: 1 } } };
        // The settings of every kind are checked on their own, whether the description declares it or not.
        Object.assign(dev(i), {
          kafka: { resources: { ...SMALL, limits: { cpuMillis: 500, memoryMiB: 64 } }, retentionHours: 72 },
        });
      },
      [
        'platform: domain: must be string (got 7)',
        'dev: replicas.min: must be <= max (2) (got 3)',
        'dev: workloads.billing-api.replicas.min: must be <= max (1) (got 2)',
        'dev: sizes.small.limits.cpuMillis: must be >= requests.cpuMillis (100) (got 1)',
        'dev: kafka.resources.limits.memoryMiB: must be >= requests.memoryMiB (128) (got 64)',
      ],
    ],
  ];
  test.each(cases)('%s', (_, mutate, expected) => expect(problemsAfter(mutate)).toEqual(expected));

  test('semver: v<major>.<minor>.<patch>, numbers without leading zeros', () => {
    const problemsOf = (imageTag: string) =>
      problemsAfter((i) => Object.assign(dev(i), { imageTagScheme: { prefix: 'dev', version: 'semver' }, imageTag }));
    for (const tag of ['dev-v0.0.0', 'dev-v1.20.300', 'dev-v10.0.1']) expect(problemsOf(tag)).toEqual([]);
    for (const tag of [
      'dev-v01.2.3',
      'dev-v1.02.3',
      'dev-v1.2.03',
      'dev-v1.2',
      'dev-1.2.3',
      'dev-v1.2.3-rc1',
      'dv-v1.2.3',
    ])
      expect(problemsOf(tag)).toEqual([
        `dev: imageTag: must follow the environment's tag scheme "dev-v<major>.<minor>.<patch>" (got "${tag}")`,
      ]);
  });
});

describe('the environments together', () => {
  const cases: Case[] = [
    [
      'none at all',
      (i) => {
        i.environments = [];
      },
      ['environments: at least one environment is required'],
    ],
    [
      'two of one name (and so of one domain: one line)',
      (i) => {
        i.environments.push(environment('dev', 'dev.shop.example.com'));
      },
      ['dev: name: two environments are named "dev"'],
    ],
    [
      'the apex belongs to the production environment: by name (production, prod) or by its flag',
      (i) => {
        i.environments = [environment('dev', 'shop.example.com'), environment('prod', 'shop.example.com')];
      },
      [
        'dev: domain: "shop.example.com" is already the domain of prod: each environment needs its own (a copied environment file that kept its domain?)',
        'dev: domain: "shop.example.com" is the production domain, and dev is not the production environment: use a subdomain such as "dev.shop.example.com"',
      ],
    ],
    [
      'an environment named production that says it is not',
      (i) => {
        i.environments = [{ ...environment('production', 'shop.example.com'), production: false }];
      },
      [
        'production: domain: "shop.example.com" is the production domain, and production is not the production environment: use a subdomain such as "production.shop.example.com"',
      ],
    ],
  ];
  test.each(cases)('%s', (_, mutate, expected) => expect(problemsAfter(mutate)).toEqual(expected));

  test('an environment flagged production owns the apex, whatever its name', () => {
    expect(
      problemsAfter((i) => {
        i.environments = [
          environment('dev', 'dev.shop.example.com'),
          { ...environment('live', 'shop.example.com'), production: true },
        ];
      }),
    ).toEqual([]);
    expect(
      problemsAfter((i) => {
        i.environments = [environment('production', 'shop.example.com')];
      }),
    ).toEqual([]);
  });

  test('the error names how many problems, each on its own line; the same problem is listed once', () => {
    const i = inputs();
    i.environments.push(environment('dev', 'dev2.shop.example.com'), environment('dev', 'dev3.shop.example.com'));
    for (const e of i.environments) e.replicas = { min: 3, max: 2 };
    expect(() => loadPlatform(i.platform, i.environments)).toThrow(
      new ConfigError(['dev: replicas.min: must be <= max (2) (got 3)', 'dev: name: two environments are named "dev"']),
    );
    for (const e of i.environments) e.replicas = { min: 1, max: 2 };
    expect(() => loadPlatform(i.platform, i.environments)).toThrow(
      new ConfigError(['dev: name: two environments are named "dev"']),
    );
    i.platform.cluster.zones = ['x', 'y'];
    let error: unknown;
    try {
      loadPlatform(i.platform, i.environments);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      [
        'invalid configuration (3 problems):',
        '  platform: cluster.zones.0: "x" is not a zone of the cluster\'s region "europe-west1"',
        '  platform: cluster.zones.1: "y" is not a zone of the cluster\'s region "europe-west1"',
        '  dev: name: two environments are named "dev"',
      ].join('\n'),
    );
  });
});

describe('warnings: legal but suspicious graphs', () => {
  test('a service nothing calls; each call cycle once, from its first workload', () => {
    const model = load((i) => {
      gateway(i).calls = ['orders-api'];
      i.platform.services = [
        { name: 'orders-api', namespace: 'apps', calls: ['billing-api'] },
        { name: 'billing-api', namespace: 'apps', calls: ['orders-api', 'refund-api'] },
        { name: 'refund-api', namespace: 'apps', calls: ['ledger-api'] },
        { name: 'ledger-api', namespace: 'apps', calls: ['refund-api', 'orders-api'] },
        { name: 'unused-api', namespace: 'apps' },
      ];
    });
    expect(model.warnings).toEqual([
      'platform: services.unused-api: nothing calls it, no gateway routes to it and it consumes no topic',
      'platform: services.orders-api.calls: a call cycle: orders-api -> billing-api -> orders-api',
      'platform: services.orders-api.calls: a call cycle: orders-api -> billing-api -> refund-api -> ledger-api -> orders-api',
      'platform: services.refund-api.calls: a call cycle: refund-api -> ledger-api -> refund-api',
    ]);
  });

  test('a cycle found along two paths is one warning; each cycle from its first workload in the description', () => {
    const model = load((i) => {
      gateway(i).calls = ['orders-api'];
      i.platform.services = [
        { name: 'orders-api', namespace: 'apps', calls: ['billing-api', 'refund-api'] },
        { name: 'billing-api', namespace: 'apps', calls: ['refund-api', 'orders-api'] },
        { name: 'refund-api', namespace: 'apps', calls: ['billing-api', 'orders-api'] },
      ];
    });
    expect(model.warnings).toEqual([
      'platform: services.orders-api.calls: a call cycle: orders-api -> billing-api -> refund-api -> orders-api',
      'platform: services.orders-api.calls: a call cycle: orders-api -> billing-api -> orders-api',
      'platform: services.orders-api.calls: a call cycle: orders-api -> refund-api -> orders-api',
      'platform: services.billing-api.calls: a call cycle: billing-api -> refund-api -> billing-api',
    ]);
  });

  test('placeholder digests: one line naming the workloads, sorted; none without digests or without the mark', () => {
    const marked = (workloads: EnvironmentInput['workloads'], placeholderImageDigests = true) =>
      load((i) => Object.assign(dev(i), { placeholderImageDigests, workloads })).warnings;
    expect(marked({ 'web-gateway': { imageDigest: DIGEST }, 'orders-api': { imageDigest: DIGEST } })).toEqual([
      "dev: workloads.*.imageDigest: placeholders, not the registry's digests (placeholderImageDigests): the images of orders-api, web-gateway would not pull until the release pipeline records them",
    ]);
    expect(marked({ 'web-gateway': { imageTag: 'dev-0a1b2c3' } })).toEqual([]);
    expect(marked({ 'web-gateway': { imageDigest: DIGEST } }, false)).toEqual([]);
  });
});

describe('the typed model of valid descriptions, whole', () => {
  /** What a workload that sets nothing but its name and namespace resolves to in `dev` (README defaults). */
  const defaults = (name: string, namespace: string) => ({
    name,
    namespace,
    imageRepository: `europe-west1-docker.pkg.dev/shop-dev/images/${name}`,
    imageTag: 'dev-0a1b2c3',
    port: 8080,
    protocol: 'http',
    replicas: { min: 1, max: 2 },
    resources: SMALL,
    gcpServiceAccount: `${name}@shop-dev.iam.gserviceaccount.com`,
    calls: [],
    uses: { kafka: false, mongodb: false, mysql: false, postgresql: false, redis: false, rabbitmq: false },
    config: {},
    secretName: `${name}-secrets`,
    secrets: [],
    kubernetesApi: false,
    availabilityObjective: 99.9,
    metricsPath: '/metrics',
    secretMounts: [],
    externalHosts: [],
  });
  const { istioBase, istiod, istioGateway, certManager, externalSecrets, kubePrometheusStack } = OPERATOR_CHARTS;
  const { loki, alloy, istioCni, argoCd, strimzi, psmdbOperator } = OPERATOR_CHARTS;
  const operators = { istioBase, istiod, istioGateway, certManager, externalSecrets, kubePrometheusStack };
  Object.assign(operators, { loki, alloy, istioCni, argoCd, strimzi, psmdbOperator });

  test('the small platform: every default the README documents', () => {
    const model = load();
    expect(model).toEqual({
      environments: [
        {
          name: 'dev',
          platform: 'shop',
          gcpProject: 'shop-dev',
          highAvailability: false,
          cluster: { region: 'europe-west1', zones: ['europe-west1-b'], dataplaneV2: true, acrossZones: false },
          ingressAllowList: [],
          edge: { maxRequestBodyBytes: 1024 * 1024, hstsMaxAgeSeconds: 365 * 86_400, internalAllowList: [] },
          namespaces: ['edge', 'apps'],
          workloads: [
            {
              ...defaults('web-gateway', 'edge'),
              role: 'api-gateway',
              calls: ['orders-api'],
              hosts: ['www.dev.shop.example.com'],
              paths: ['/'],
              internal: false,
              rateLimit: { requestsPerSecond: 100, burst: 200 },
            },
            { ...defaults('orders-api', 'apps'), role: 'microservice', hosts: [], paths: [], internal: false },
          ],
          storage: {},
          surroundings: {
            istioNamespace: 'istio-system',
            ingressGateway: { name: 'ingress', namespace: 'istio-ingress' },
            monitoringNamespace: 'monitoring',
            privateServicesCidr: '10.10.0.0/16',
            googleApisCidr: '199.36.153.8/30',
            controlPlaneCidr: '172.16.0.0/28',
            nodesCidr: '10.0.0.0/20',
          },
          mesh: { trustDomain: 'cluster.local', circuitBreaker: MESH, routeTimeoutSeconds: 15 },
          tls: {
            clusterIssuer: 'letsencrypt',
            acmeEmail: 'ops@shop.example.com',
            acmeServer: 'https://acme-v02.api.letsencrypt.org/directory',
          },
          gitops: {
            repoURL: 'https://git.example.com/shop.git',
            targetRevision: 'main',
            namespace: 'argocd',
            path: 'dist',
            signatureKeys: [],
            syncWindows: [],
            operators,
          },
          alerts: ALERTS,
          secretStores: [],
        },
      ],
      warnings: [],
    });
    // Read-only all the way down.
    const [env] = model.environments;
    for (const part of [
      model,
      env,
      env!.workloads,
      env!.workloads[0]!.calls,
      env!.cluster.zones,
      env!.gitops.operators,
    ])
      expect(Object.isFrozen(part)).toBe(true);
  });

  test('every field set: overrides win, lists sorted, values converted', () => {
    const model = load((i) => {
      Object.assign(i.platform, {
        cluster: {
          region: 'europe-west1',
          zones: ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'],
          dataplaneV2: false,
        },
        trustDomain: 'mesh.shop.example.com',
        istioNamespace: 'mesh',
        monitoringNamespace: 'metrics',
        routeTimeoutSeconds: 30,
        edge: { maxRequestBodyKiB: 8, rateLimit: { requestsPerSecond: 5, burst: 10 }, hstsMaxAgeSeconds: 86_400 },
        tracing: { provider: 'jaeger', collector: { service: 'jaeger-collector', namespace: 'tracing' } },
      });
      i.platform.backingServices.googleApisCidr = '199.36.153.4/30';
      i.platform.gitops = {
        repoURL: 'https://git.example.com/shop.git',
        targetRevision: 'trunk',
        namespace: 'delivery',
        path: 'platforms/shop/dist',
        signatureKeys: ['0123456789ABCDEF'],
      };
      i.platform.tls.acmeServer = 'https://acme-staging-v02.api.letsencrypt.org/directory';
      i.platform.gateways.push({
        name: 'admin-gateway',
        namespace: 'edge',
        host: 'admin',
        internal: true,
        rateLimit: { requestsPerSecond: 1, burst: 2 },
        paths: ['/b', '/a'],
        port: 9090,
        protocol: 'grpc',
      });
      Object.assign(service(i), {
        healthPaths: { readiness: '/ready' },
        secrets: ['zeta-key', 'api-key'],
        kubernetesApi: true,
        availabilityObjective: 99.99,
        metricsPath: '/stats',
        externalHosts: [
          { host: 'hooks.slack.com' },
          { host: 'api.stripe.com', port: 8443, protocol: 'tls' },
          { host: 'api.stripe.com' },
        ],
      });
      Object.assign(dev(i), {
        highAvailability: true,
        zoneRedundant: true,
        // Jaeger installed as the tracing collector the description names.
        operators: { ...OPERATOR_CHARTS, jaeger: JAEGER },
        replicas: { min: 2, max: 4 },
        ingressAddress: '203.0.113.10',
        ingressAllowList: ['198.51.100.0/24'],
        internalAllowList: ['10.8.0.0/16'],
        gitops: {
          targetRevision: 'release/dev',
          syncWindows: [{ kind: 'deny', schedule: '0 22 * * *', duration: '8h' }],
        },
        workloads: {
          'orders-api': { replicas: { min: 3, max: 6 }, imageTag: 'dev-fedcba9', imageDigest: DIGEST },
        },
      });
    });
    const [env] = model.environments;
    const [web, admin, orders] = env!.workloads;
    expect(web).toEqual({
      ...defaults('web-gateway', 'edge'),
      role: 'api-gateway',
      replicas: { min: 2, max: 4 },
      calls: ['orders-api'],
      hosts: ['www.dev.shop.example.com'],
      paths: ['/'],
      internal: false,
      rateLimit: { requestsPerSecond: 5, burst: 10 },
    });
    expect(admin).toEqual({
      ...defaults('admin-gateway', 'edge'),
      role: 'api-gateway',
      replicas: { min: 2, max: 4 },
      port: 9090,
      protocol: 'grpc',
      hosts: ['admin.dev.shop.example.com'],
      paths: ['/b', '/a'],
      internal: true,
      rateLimit: { requestsPerSecond: 1, burst: 2 },
    });
    expect(orders).toEqual({
      ...defaults('orders-api', 'apps'),
      role: 'microservice',
      imageTag: 'dev-fedcba9',
      imageDigest: DIGEST,
      replicas: { min: 3, max: 6 },
      healthPaths: { readiness: '/ready' },
      hosts: [],
      paths: [],
      internal: false,
      secrets: [
        { key: 'api-key', envVar: 'API_KEY', remoteKey: 'orders-api-api-key' },
        { key: 'zeta-key', envVar: 'ZETA_KEY', remoteKey: 'orders-api-zeta-key' },
      ],
      kubernetesApi: true,
      availabilityObjective: 99.99,
      metricsPath: '/stats',
      externalHosts: [
        { host: 'api.stripe.com', port: 443, protocol: 'https' },
        { host: 'api.stripe.com', port: 8443, protocol: 'tls' },
        { host: 'hooks.slack.com', port: 443, protocol: 'https' },
      ],
    });
    const { workloads, gitops, ...rest } = env!;
    expect(workloads).toHaveLength(3);
    expect(gitops).toEqual({
      repoURL: 'https://git.example.com/shop.git',
      targetRevision: 'release/dev',
      namespace: 'delivery',
      path: 'platforms/shop/dist',
      signatureKeys: ['0123456789ABCDEF'],
      syncWindows: [{ kind: 'deny', schedule: '0 22 * * *', duration: '8h', timeZone: 'UTC', manualSync: true }],
      operators: { ...operators, jaeger: JAEGER },
    });
    expect(rest).toEqual({
      name: 'dev',
      platform: 'shop',
      gcpProject: 'shop-dev',
      highAvailability: true,
      cluster: {
        region: 'europe-west1',
        zones: ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'],
        dataplaneV2: false,
        acrossZones: true,
        ingressAddress: '203.0.113.10',
      },
      ingressAllowList: ['198.51.100.0/24'],
      edge: { maxRequestBodyBytes: 8192, hstsMaxAgeSeconds: 86_400, internalAllowList: ['10.8.0.0/16'] },
      namespaces: ['edge', 'apps'],
      storage: {},
      surroundings: {
        istioNamespace: 'mesh',
        ingressGateway: { name: 'ingress', namespace: 'istio-ingress' },
        monitoringNamespace: 'metrics',
        privateServicesCidr: '10.10.0.0/16',
        googleApisCidr: '199.36.153.4/30',
        controlPlaneCidr: '172.16.0.0/28',
        nodesCidr: '10.0.0.0/20',
      },
      mesh: { trustDomain: 'mesh.shop.example.com', circuitBreaker: MESH, routeTimeoutSeconds: 30 },
      tls: {
        clusterIssuer: 'letsencrypt',
        acmeEmail: 'ops@shop.example.com',
        acmeServer: 'https://acme-staging-v02.api.letsencrypt.org/directory',
      },
      alerts: ALERTS,
      secretStores: [],
      tracing: {
        provider: 'jaeger',
        service: 'jaeger-collector',
        namespace: 'tracing',
        port: 4317,
        samplingPercent: 1,
      },
    });
    // A gateway nothing calls is routed to by the ingress: no warning.
    expect(model.warnings).toEqual([]);
  });

  test("an environment's targetRevision defaults to the description's", () => {
    const model = load((i) => {
      i.platform.gitops.targetRevision = 'trunk';
    });
    expect(model.environments[0]!.gitops.targetRevision).toBe('trunk');
  });
});

describe("a workload's access to its backing services, in the model", () => {
  test('its settings sorted by name, its Secret keys (implied and its own) sorted, with their variables and remote keys', () => {
    const model = load((i) => {
      i.platform.backingServices.cloudSql = {
        instance: 'shop-{env}-sql',
        proxyImage: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0',
      };
      i.platform.backingServices.redis = { host: 'redis.shop.internal' };
      Object.assign(service(i), { uses: { mysql: true, redis: true }, secrets: ['zz-key', 'api-key'] });
      Object.assign(dev(i), { cloudSqlProxy: SMALL });
    });
    const orders = model.environments[0]!.workloads.find((w) => w.name === 'orders-api')!;
    expect(Object.entries(orders.config)).toEqual([
      ['CLOUD_SQL_INSTANCE_CONNECTION_NAME', 'shop-dev:europe-west1:shop-dev-sql'],
      ['MYSQL_DATABASE', 'orders_api'],
      ['MYSQL_HOST', '127.0.0.1'],
      ['MYSQL_PORT', '3306'],
      ['MYSQL_USER', 'orders-api'],
      ['REDIS_HOST', 'redis.shop.internal'],
      ['REDIS_PORT', '6378'],
      ['REDIS_TLS', 'true'],
      ['REDIS_TLS_CA_FILE', expect.stringMatching(/\/ca\.crt$/)],
    ]);
    expect(orders.secrets).toEqual([
      { key: 'api-key', envVar: 'API_KEY', remoteKey: 'orders-api-api-key' },
      { key: 'mysql-password', envVar: 'MYSQL_PASSWORD', remoteKey: 'orders-api-mysql-password' },
      { key: 'redis-auth', envVar: 'REDIS_AUTH', remoteKey: 'orders-api-redis-auth' },
      { key: 'zz-key', envVar: 'ZZ_KEY', remoteKey: 'orders-api-zz-key' },
    ]);
    expect(orders.uses).toEqual({
      kafka: false,
      mongodb: false,
      mysql: true,
      postgresql: false,
      redis: true,
      rabbitmq: false,
    });
    expect(orders.secretMounts).toEqual([expect.objectContaining({ volume: 'redis-ca' })]);
    // The kinds' parts of the environment's model, and of its surroundings.
    const env = model.environments[0]!;
    expect(env.redis?.clientNamespaces).toEqual(['apps']);
    expect(env.cloudSql?.instanceConnectionName).toBe('shop-dev:europe-west1:shop-dev-sql');
    expect(env.surroundings.redisPort).toBe(6378);
    // Only MongoDB's namespace has a shared store of its own (docs/design/secrets.md).
    expect(env.secretStores).toEqual([]);
    // The gateway uses nothing: none of it.
    const web = model.environments[0]!.workloads.find((w) => w.name === 'web-gateway')!;
    expect([web.config, web.secrets, web.secretMounts]).toEqual([{}, [], []]);
  });
});

describe('the helpers the backing services share (lib/config/common.ts), by their documented forms', () => {
  test('names: `{service}` and `{env}` replaced everywhere; a key as an environment variable; GCP service accounts', () => {
    expect(expand('{env}-{service}-db-{env}-{service}', 'orders', 'dev')).toBe('dev-orders-db-dev-orders');
    expect(envVarOf('jwt-signing-key')).toBe('JWT_SIGNING_KEY');
    // docs/design/secrets.md: a namespace's store reads Secret Manager as `<namespace>-secrets`.
    expect(secretStoreAccountId('mongodb')).toBe('mongodb-secrets');
    expect(serviceAccountEmail('shop-dev', 'orders-api')).toBe('orders-api@shop-dev.iam.gserviceaccount.com');
  });

  test('duplicates: each item listed more than once, once; byName: by name, equal names equal', () => {
    expect([...duplicates(['a', 'b', 'a', 'c', 'a', 'b'])]).toEqual(['a', 'b']);
    expect([...duplicates(['a', 'b'])]).toEqual([]);
    const named = ['orders', 'billing', 'refund', 'audit'].map((name) => ({ name }));
    expect([...named].sort(byName).map((n) => n.name)).toEqual(['audit', 'billing', 'orders', 'refund']);
    expect([
      byName({ name: 'a' }, { name: 'b' }),
      byName({ name: 'b' }, { name: 'a' }),
      byName({ name: 'a' }, { name: 'a' }),
    ]).toEqual([-1, 1, 0]);
  });
});
