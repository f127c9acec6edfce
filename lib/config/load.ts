/**
 * Validates the platform description and the environment configs, all at once, into the typed,
 * read-only `PlatformModel`. Every problem is collected (schema errors first, then the rules that
 * relate fields to each other) and reported together with its environment and path.
 */
import type { z } from 'zod';
import { CLOUD_SQL_PROXY_HEALTH_PORT, CLOUD_SQL_PROXY_PORT } from '../../charts/cloud-sql-proxy';
import { ProblemsError } from '../errors';
import type {
  EnvironmentModel,
  KafkaAccess,
  KafkaModel,
  MongoModel,
  PlatformModel,
  ResourceSize,
  SecretEntry,
  SecretMount,
  WorkloadModel,
  WorkloadRole,
} from '../model';
import {
  DNS_1123_SUBDOMAIN,
  environmentSchema,
  type ExternalHostSpec,
  type GatewaySpec,
  IMAGE_DIGEST,
  NO_BACKING_SERVICES,
  platformSchema,
  type EnvironmentSpec,
  type PlatformSpec,
} from './schema';

/** Invalid configuration: `problems` lists every problem, each as `<source>: <path>: <message>`. */
export class ConfigError extends ProblemsError {
  constructor(problems: readonly string[]) {
    super('invalid configuration', problems);
  }
}

/** GCP service account ids: 6 to 30 characters. */
const GCP_SERVICE_ACCOUNT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** GCP project ids: 6 to 30 characters. */
const GCP_PROJECT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** Cloud SQL instance ids: lower-case letters, digits and hyphens, starting with a letter. */
const CLOUD_SQL_INSTANCE = /^[a-z]([-a-z0-9]{0,96}[a-z0-9])?$/;
/** The version part of each image tag scheme (seed 003). */
const TAG_VERSIONS = {
  commit: { pattern: '[0-9a-f]{7,40}', example: '<commit>' },
  semver: { pattern: 'v(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)', example: 'v<major>.<minor>.<patch>' },
} as const;

/** The Secret keys that a backing service implies, and the variables the containers read them from. */
const IMPLIED_SECRETS = {
  mysql: 'mysql-password',
  mongodb: 'mongodb-password',
  redis: 'redis-auth',
} as const;

/** GCS bucket names (without dots): 3 to 63 characters. */
const GCS_BUCKET = /^[a-z0-9][-a-z0-9_]{1,61}[a-z0-9]$/;

/** The SecretStore of the MongoDB namespace, and the ServiceAccount it reads as. */
const MONGODB_SECRET_STORE = 'gcp-secret-manager';

/**
 * Where the clients find their Kafka and MongoDB certificates: the Secrets mounted into them, and the
 * files their ConfigMap points to. The KafkaUser's Secret (made by the User Operator) holds `user.crt`
 * and `user.key`; the copies of the CA Secrets hold `ca.crt`.
 */
const KAFKA_USER_DIR = '/etc/kafka/user';
const KAFKA_CA_DIR = '/etc/kafka/cluster-ca';
const MONGODB_CA_DIR = '/etc/mongodb/ca';
const REDIS_CA_DIR = '/etc/redis/ca';

/** Zones it takes to spread over zones: with fewer, one zone's loss takes a quorum (2 of 3) with it. */
export const MIN_ZONES_TO_SPREAD = 3;

/** Whether the cluster has the zones to spread over: hard zone spreading, zone anti-affinity, zone racks. */
const acrossZones = (platform: PlatformSpec) => platform.cluster.zones.length >= MIN_ZONES_TO_SPREAD;

/**
 * The copy of the Memorystore server CA beside the Redis clients: the Secret (and ExternalSecret), the
 * ServiceAccount its store reads as (also the GCP service account's id) and the store.
 */
const REDIS_CA = { secret: 'redis-ca', reader: 'redis-ca-reader', store: 'redis-ca-source' } as const;

/**
 * Host names that are not a host outside the cluster: in-cluster and private names, and addresses
 * (NetworkPolicies and ServiceEntries here are for the internet).
 */
const INTERNAL_HOST = /(^|\.)(svc|cluster\.local|local|internal|localhost)$/;

/** `{service}` and `{env}` of a name pattern replaced. */
function expand(pattern: string, service: string, env: string): string {
  return pattern.replaceAll('{service}', service).replaceAll('{env}', env);
}

/** The environment's GCP project: the description's `gcpProject` with `{env}` replaced. */
function gcpProjectOf(platform: PlatformSpec, env: EnvironmentSpec): string {
  return expand(platform.gcpProject, '', env.name);
}

/** The GCP service account a namespace's SecretStore reads Secret Manager as. */
function secretStoreAccountId(namespace: string): string {
  return `${namespace}-secrets`;
}

/** A GCP service account's e-mail in the environment's project. */
function gsaOf(platform: PlatformSpec, env: EnvironmentSpec, id: string): string {
  return `${id}@${gcpProjectOf(platform, env)}.iam.gserviceaccount.com`;
}

/** `jwt-signing-key` -> `JWT_SIGNING_KEY` */
function envVarOf(key: string): string {
  return key.toUpperCase().replaceAll('-', '_');
}

type Path = readonly PropertyKey[];
type Report = (path: Path, message: string) => void;

/** Collects problems, each once, in the order found. */
class Problems {
  private readonly seen = new Set<string>();
  readonly list: string[] = [];
  add(problem: string): void {
    if (!this.seen.has(problem)) this.list.push(problem);
    this.seen.add(problem);
  }
  /** A reporter for one source (`platform` or an environment name) whose input is `input`. */
  reporter(source: string, input: unknown): Report {
    return (path, message) => this.add(`${source}: ${formatPath(input, path)}: ${message}`);
  }
}

/**
 * `gateways.2.host` reads better as `gateways.api-gateway-oro.host`: array items that have a name are
 * shown by name.
 */
function formatPath(input: unknown, path: Path): string {
  if (path.length === 0) return '(root)';
  const parts: string[] = [];
  let node: unknown = input;
  for (const key of path) {
    const next: unknown =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const name = next !== null && typeof next === 'object' ? (next as { name?: unknown }).name : undefined;
    parts.push(typeof key === 'number' && typeof name === 'string' && name !== '' ? name : String(key));
    node = next;
  }
  return parts.join('.');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

function valueAt(input: unknown, path: Path): unknown {
  let node = input;
  for (const key of path)
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** One line per zod issue, in the project's words. */
function reportIssues(error: z.ZodError, input: unknown, report: Report): void {
  for (const issue of error.issues) {
    const got = valueAt(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) report([...issue.path, key], 'unknown field');
        break;
      case 'invalid_type':
        report(issue.path, got === undefined ? 'is required' : `must be ${issue.expected} (got ${describe(got)})`);
        break;
      case 'too_small':
        report(
          issue.path,
          issue.origin === 'array'
            ? `must have at least ${issue.minimum} item(s)`
            : `must be >= ${issue.minimum} (got ${describe(got)})`,
        );
        break;
      case 'too_big':
        report(
          issue.path,
          issue.origin === 'number' ? `must be <= ${issue.maximum} (got ${describe(got)})` : issue.message,
        );
        break;
      case 'invalid_value':
        report(issue.path, `must be one of ${issue.values.map((v) => describe(v)).join(', ')} (got ${describe(got)})`);
        break;
      default:
        report(issue.path, `${issue.message} (got ${describe(got)})`);
    }
  }
}

function duplicates<T>(items: readonly T[]): Set<T> {
  const seen = new Set<T>();
  const dups = new Set<T>();
  for (const item of items) (seen.has(item) ? dups : seen).add(item);
  return dups;
}

interface NamedWorkload {
  readonly spec: PlatformSpec['gateways'][number] | PlatformSpec['services'][number];
  readonly role: WorkloadRole;
  readonly path: Path;
}

function workloadsOf(platform: PlatformSpec): NamedWorkload[] {
  return [
    ...platform.gateways.map((spec, i) => ({ spec, role: 'api-gateway' as const, path: ['gateways', i] })),
    ...platform.services.map((spec, i) => ({ spec, role: 'microservice' as const, path: ['services', i] })),
  ];
}

/**
 * Namespaces of Kubernetes itself and of the platform's own components (the operators' Applications,
 * charts/platform.ts), by what runs there. None may be an application namespace: each of those gets a
 * deny-all NetworkPolicy and an allow-nothing AuthorizationPolicy, which would cut off what runs there.
 * (The Kafka namespace, and MongoDB's when it is used, have rules of their own.)
 */
function componentNamespaces(platform: PlatformSpec): Map<string, string> {
  const components = new Map<string, string>([
    ['kube-system', 'Kubernetes itself'],
    ['kube-public', 'Kubernetes itself'],
    ['kube-node-lease', 'Kubernetes itself'],
    ['cert-manager', 'cert-manager'],
    ['external-secrets', 'External Secrets'],
    [platform.istioNamespace, 'istiod (istioNamespace)'],
    [platform.ingressGateway.namespace, 'the ingress gateway (ingressGateway.namespace)'],
    [platform.monitoringNamespace, 'Prometheus, Grafana and Loki (monitoringNamespace)'],
    [platform.gitops.namespace, 'Argo CD (gitops.namespace)'],
  ]);
  if (!platform.services.some((s) => s.uses.mongodb)) {
    components.set(
      platform.backingServices.mongodb.namespace,
      'the MongoDB operator (backingServices.mongodb.namespace)',
    );
  }
  return components;
}

/**
 * Names that the charts give objects beside the workloads, which a workload (whose objects are named
 * after it) cannot take: synth would define one object twice.
 */
function reservedWorkloadNames(platform: PlatformSpec): Map<string, string> {
  const { kafka, mongodb } = platform.backingServices;
  // A copy of a CA Secret comes with a ServiceAccount `<name>-reader` and a SecretStore `<name>-source`.
  const copy = (name: string, what: string) =>
    [name, `${name}-reader`, `${name}-source`].map((n): [string, string] => [n, what]);
  return new Map([
    ['allow-nothing', 'the AuthorizationPolicy of every application namespace'],
    ['deny-all', 'the NetworkPolicy of every application namespace'],
    ['default', 'the Sidecar of every application namespace'],
    ...copy(`${kafka.cluster}-cluster-ca-cert`, "the copy of the Kafka cluster CA in the Kafka clients' namespace"),
    ...copy(REDIS_CA.secret, "the copy of the Redis server CA in the Redis clients' namespaces"),
    ...copy(`${mongodb.cluster}-ca`, "the copy of the MongoDB CA in the MongoDB clients' namespaces"),
    [`${platform.name}-overview`, `the overview dashboard (dashboard-${platform.name}-overview)`],
  ]);
}

/** Istio's sidecar listens on these in every pod of the mesh (proxy, health, metrics, DNS). */
const ISTIO_RESERVED_PORTS = { first: 15000, last: 15090 };

/** A workload's port must not be one another container of its pod listens on. */
function checkPort(spec: NamedWorkload['spec'], report: (message: string) => void): void {
  if (spec.port >= ISTIO_RESERVED_PORTS.first && spec.port <= ISTIO_RESERVED_PORTS.last) {
    report(
      `${spec.port} is one of Istio's reserved ports (${ISTIO_RESERVED_PORTS.first}-${ISTIO_RESERVED_PORTS.last}), used by the sidecar in every pod: choose another port`,
    );
  }
  const uses = 'uses' in spec ? spec.uses : NO_BACKING_SERVICES;
  if (uses.mysql && (spec.port === CLOUD_SQL_PROXY_PORT || spec.port === CLOUD_SQL_PROXY_HEALTH_PORT)) {
    report(
      `${spec.port} is the port of the Cloud SQL Auth Proxy in the same pod (${CLOUD_SQL_PROXY_PORT}, and ${CLOUD_SQL_PROXY_HEALTH_PORT} for its health checks): choose another port`,
    );
  }
}

/** A route's path without empty and `.` segments: `/api/` and `/api` route the same requests. */
function normalPath(path: string): string {
  return `/${path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')}`;
}

/** Routes are prefixes: `/api/` routes what `/api` routes, and `//` or dot segments are never sent as such. */
function checkRoutes(paths: readonly string[], report: (index: number, message: string) => void): void {
  const seen = new Map<string, number>();
  paths.forEach((path, i) => {
    const normal = normalPath(path);
    if (/\/\/|\/\.\.?(\/|$)/.test(path)) {
      report(i, `"${path}" is not a normal path: write it as "${normal}"`);
      return;
    }
    const first = seen.get(normal);
    if (first !== undefined && paths[first] !== path) {
      report(i, `"${path}" is the same route as "${paths[first]}" (paths.${first}): list it once`);
    }
    if (first === undefined) seen.set(normal, i);
  });
}

/** The private IPv4 ranges: RFC 1918 and the shared address space (RFC 6598), which GCP also allows. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

function parseCidr(cidr: string): { base: number; bits: number } {
  const [address, bits] = cidr.split('/') as [string, string];
  const base = address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  return { base, bits: Number(bits) };
}

/** Whether the range `inner` lies inside the range `outer`. */
function cidrWithin(inner: string, outer: string): boolean {
  const a = parseCidr(inner);
  const b = parseCidr(outer);
  const mask = (n: number) => Math.floor(n / 2 ** (32 - b.bits));
  return a.bits >= b.bits && mask(a.base) === mask(b.base);
}

/** Rules of the platform description that relate fields to each other. */
function checkPlatform(platform: PlatformSpec, report: Report): void {
  const workloads = workloadsOf(platform);
  const names = new Set(workloads.map((w) => w.spec.name));
  const dupNames = duplicates(workloads.map((w) => w.spec.name));
  const reserved = reservedWorkloadNames(platform);
  for (const name of duplicates(platform.namespaces)) report(['namespaces'], `namespace "${name}" is listed twice`);
  const components = componentNamespaces(platform);
  platform.namespaces.forEach((namespace, i) => {
    const component = components.get(namespace);
    if (component !== undefined) {
      report(
        ['namespaces', i],
        `"${namespace}" is the namespace of ${component}, not an application namespace (each gets a deny-all NetworkPolicy)`,
      );
    }
  });
  for (const { spec, path } of workloads) {
    if (dupNames.has(spec.name)) report([...path, 'name'], `duplicate workload name "${spec.name}"`);
    const taken = reserved.get(spec.name);
    if (taken !== undefined) report([...path, 'name'], `"${spec.name}" is taken by ${taken}`);
    if (!platform.namespaces.includes(spec.namespace)) {
      report(
        [...path, 'namespace'],
        `unknown namespace "${spec.namespace}" (declared: ${platform.namespaces.join(', ')})`,
      );
    }
    if (!GCP_SERVICE_ACCOUNT_ID.test(spec.name)) {
      report([...path, 'name'], 'must be 6 to 30 characters: it is also the id of the GCP service account');
    }
    spec.calls.forEach((callee, i) => {
      if (callee === spec.name) report([...path, 'calls', i], 'a workload cannot call itself');
      else if (!names.has(callee)) report([...path, 'calls', i], `calls unknown workload "${callee}"`);
    });
    for (const callee of duplicates(spec.calls)) report([...path, 'calls'], `"${callee}" is listed twice`);
    for (const key of duplicates(spec.secrets)) report([...path, 'secrets'], `"${key}" is listed twice`);
    spec.secrets.forEach((key, i) => {
      if (/^[0-9]/.test(key)) {
        report(
          [...path, 'secrets', i],
          `must start with a letter: Kubernetes rejects its environment variable name "${envVarOf(key)}"`,
        );
      }
    });
    const uses = 'uses' in spec ? spec.uses : NO_BACKING_SERVICES;
    spec.secrets.forEach((key, i) => {
      const implied = (Object.keys(IMPLIED_SECRETS) as (keyof typeof IMPLIED_SECRETS)[]).find(
        (service) => IMPLIED_SECRETS[service] === key,
      );
      if (implied && uses[implied]) report([...path, 'secrets', i], `"${key}" is already implied by uses.${implied}`);
    });
  }
  checkCluster(platform, report);
  for (const { spec, path } of workloads) checkExternalHosts(spec.externalHosts, [...path, 'externalHosts'], report);
  // A host's ServiceEntry serves its whole namespace: a Sidecar that admits the host admits all its ports.
  const hostPorts = new Map<string, { ports: string; by: string }>();
  for (const { spec, path } of workloads) {
    for (const host of new Set(spec.externalHosts.map((h) => h.host))) {
      const ports = spec.externalHosts
        .filter((h) => h.host === host)
        .map((h) => `${h.port}/${h.protocol}`)
        .sort()
        .join(', ');
      const key = `${spec.namespace}/${host}`;
      const first = hostPorts.get(key);
      if (first === undefined) hostPorts.set(key, { ports, by: spec.name });
      else if (first.ports !== ports) {
        report(
          [...path, 'externalHosts'],
          `declares "${host}" with ${ports}, but ${first.by} in namespace "${spec.namespace}" with ${first.ports}: workloads of one namespace share a host's ServiceEntry, so they must declare the same ports`,
        );
      }
    }
  }
  if (platform.backingServices.cloudSql.instance.includes('{service}')) {
    report(
      ['backingServices', 'cloudSql', 'instance'],
      'must not contain "{service}": one instance per environment serves every service (one database and one user each)',
    );
  }
  // Several gateways may share a host, each routed its own path prefixes (one VirtualService per host).
  const hostOwners = new Map<string, GatewaySpec>();
  const hostPrefixes = new Map<string, string>();
  platform.gateways.forEach((gateway, i) => {
    const owner = hostOwners.get(gateway.host);
    if (owner === undefined) hostOwners.set(gateway.host, gateway);
    else {
      const shared = `host "${gateway.host}" is shared with ${owner.name}`;
      if (owner.namespace !== gateway.namespace) {
        report(
          ['gateways', i, 'namespace'],
          `${shared} of namespace "${owner.namespace}": the gateways of one host must share a namespace (its VirtualService's)`,
        );
      }
      if (owner.internal !== gateway.internal) {
        report(
          ['gateways', i, 'internal'],
          `${shared}, whose internal is ${owner.internal}: a host is internal or not`,
        );
      }
      const limit = (g: GatewaySpec) => JSON.stringify(g.rateLimit ?? platform.edge.rateLimit);
      if (limit(owner) !== limit(gateway)) {
        report(['gateways', i, 'rateLimit'], `${shared}, whose rate limit differs: a host has one rate limit`);
      }
    }
    for (const path of duplicates(gateway.paths)) report(['gateways', i, 'paths'], `"${path}" is listed twice`);
    checkRoutes(gateway.paths, (j, message) => report(['gateways', i, 'paths', j], message));
    gateway.paths.forEach((path, j) => {
      const key = `${gateway.host}\0${normalPath(path)}`;
      const first = hostPrefixes.get(key);
      if (first === undefined) hostPrefixes.set(key, gateway.name);
      else if (first !== gateway.name) {
        report(['gateways', i, 'paths', j], `prefix "${path}" of host "${gateway.host}" is already routed to ${first}`);
      }
    });
  });
  for (const { spec, path } of workloads) checkPort(spec, (message) => report([...path, 'port'], message));
  const range = platform.backingServices.privateServicesCidr;
  if (!PRIVATE_RANGES.some((block) => cidrWithin(range, block))) {
    report(
      ['backingServices', 'privateServicesCidr'],
      `"${range}" is not a private range: Cloud SQL and Memorystore get their addresses from a range inside ${PRIVATE_RANGES.slice(0, -1).join(', ')} or ${PRIVATE_RANGES.at(-1)}`,
    );
  }
  for (const { spec, path } of workloads) {
    if (spec.calls.some((callee) => platform.gateways.some((g) => g.name === callee))) {
      report([...path, 'calls'], 'API gateways are reached only from the ingress, not called by workloads');
    }
  }
  checkKafka(platform, report);
  checkMongo(platform, report);
}

/** Zones are the region's, each listed once. */
function checkCluster(platform: PlatformSpec, report: Report): void {
  const { region, zones } = platform.cluster;
  zones.forEach((zone, i) => {
    if (!zone.startsWith(`${region}-`)) {
      report(['cluster', 'zones', i], `"${zone}" is not a zone of the cluster's region "${region}"`);
    }
  });
  for (const zone of duplicates(zones)) report(['cluster', 'zones'], `"${zone}" is listed twice`);
}

/** External hosts are real public names, no wildcard, each (host, port) once. */
function checkExternalHosts(hosts: readonly ExternalHostSpec[], path: Path, report: Report): void {
  hosts.forEach(({ host }, i) => {
    if (host.includes('*')) {
      report([...path, i, 'host'], `"${host}" is a wildcard: name each host the workload calls`);
    } else if (!DNS_1123_SUBDOMAIN.test(host) || !host.includes('.') || /^[0-9.]+$/.test(host)) {
      report([...path, i, 'host'], `"${host}" is not a fully qualified host name such as "api.example.com"`);
    } else if (INTERNAL_HOST.test(host)) {
      report([...path, i, 'host'], `"${host}" is not a host outside the cluster`);
    }
  });
  for (const dup of duplicates(hosts.map((h) => `${h.host}:${h.port}`))) {
    report(path, `"${dup}" is listed twice`);
  }
}

/** Topics exist and are declared once; each service's Kafka use and topics agree. */
function checkKafka(platform: PlatformSpec, report: Report): void {
  const { kafka } = platform.backingServices;
  const topicNames = kafka.topics.map((t) => t.name);
  const declared = new Set(topicNames);
  for (const name of duplicates(topicNames)) {
    report(['backingServices', 'kafka', 'topics'], `topic "${name}" is declared twice`);
  }
  if (platform.namespaces.includes(kafka.namespace)) {
    report(
      ['backingServices', 'kafka', 'namespace'],
      `"${kafka.namespace}" is an application namespace, in the mesh: Kafka needs its own (Strimzi does not support sidecars)`,
    );
  }
  platform.services.forEach((spec, i) => {
    const path = ['services', i];
    for (const direction of ['produces', 'consumes'] as const) {
      spec.topics[direction].forEach((topic, j) => {
        if (!declared.has(topic)) {
          report(
            [...path, 'topics', direction, j],
            `${direction} unknown topic "${topic}" (declared: ${topicNames.join(', ') || 'none'})`,
          );
        }
      });
      for (const topic of duplicates(spec.topics[direction])) {
        report([...path, 'topics', direction], `"${topic}" is listed twice`);
      }
    }
    const hasTopics = spec.topics.produces.length + spec.topics.consumes.length > 0;
    if (hasTopics && !spec.uses.kafka) {
      report([...path, 'topics'], 'produces or consumes topics but does not declare uses.kafka');
    }
    if (!hasTopics && spec.uses.kafka) {
      report([...path, 'uses', 'kafka'], 'uses Kafka but produces and consumes no topic: list them under topics');
    }
  });
}

/** MongoDB users are exactly the services that declare `uses.mongodb`; the replica set has its own namespace. */
function checkMongo(platform: PlatformSpec, report: Report): void {
  const { mongodb } = platform.backingServices;
  // The first of services with the same name (duplicates are reported on their own).
  const services = new Map([...platform.services].reverse().map((s) => [s.name, s]));
  mongodb.users.forEach((name, i) => {
    const service = services.get(name);
    const at = ['backingServices', 'mongodb', 'users', i];
    if (!service) report(at, `unknown service "${name}"`);
    else if (!service.uses.mongodb) {
      report(at, `gives MongoDB access to "${name}", which does not declare uses.mongodb`);
    }
  });
  for (const name of duplicates(mongodb.users)) {
    report(['backingServices', 'mongodb', 'users'], `"${name}" is listed twice`);
  }
  platform.services.forEach((spec, i) => {
    if (spec.uses.mongodb && !mongodb.users.includes(spec.name)) {
      report(
        ['services', i, 'uses', 'mongodb'],
        `uses MongoDB but has no MongoDB user: add "${spec.name}" to backingServices.mongodb.users`,
      );
    }
  });
  if (!platform.services.some((s) => s.uses.mongodb)) return;
  if (platform.namespaces.includes(mongodb.namespace)) {
    report(
      ['backingServices', 'mongodb', 'namespace'],
      `"${mongodb.namespace}" is an application namespace, in the mesh: MongoDB needs its own`,
    );
  }
  if (mongodb.backupBucket === undefined) {
    report(['backingServices', 'mongodb', 'backupBucket'], 'is required: some services use MongoDB');
  }
  if (!GCP_SERVICE_ACCOUNT_ID.test(secretStoreAccountId(mongodb.namespace))) {
    report(
      ['backingServices', 'mongodb', 'namespace'],
      `gives the GCP service account id "${secretStoreAccountId(mongodb.namespace)}" (its secret store), which must be 6 to 30 characters`,
    );
  }
}

/** The images the description names are pinned by digest where an environment requires it. */
function checkPinnedImages(platform: PlatformSpec, environments: readonly string[], report: Report): void {
  const { cloudSql, mongodb } = platform.backingServices;
  const images: [Path, string][] = [
    [['backingServices', 'cloudSql', 'proxyImage'], cloudSql.proxyImage],
    ...(platform.services.some((s) => s.uses.mongodb)
      ? (['image', 'backupImage', 'exporterImage'] as const).map((field): [Path, string] => [
          ['backingServices', 'mongodb', field],
          mongodb[field],
        ])
      : []),
  ];
  for (const [path, image] of images) {
    if (!image.includes('@') || !IMAGE_DIGEST.test(image.slice(image.indexOf('@') + 1))) {
      report(
        path,
        `must be pinned by digest ("<image>:<tag>@sha256:<64 hex digits>") (got "${image}"; required in ${environments.join(', ')})`,
      );
    }
  }
}

/** Rules of one environment, checked against the platform description. */
function checkEnvironment(platform: PlatformSpec | undefined, env: EnvironmentSpec, report: Report): void {
  if (platform && env.operators.jaeger && !platform.tracing) {
    report(
      ['operators', 'jaeger'],
      "installs Jaeger as the tracing collector, but the description has no tracing: set the platform's tracing (its collector is Jaeger's Service)",
    );
  }
  const checkReplicas = (path: Path, replicas: { min: number; max: number }) => {
    if (replicas.min > replicas.max) report([...path, 'min'], `must be <= max (${replicas.max}) (got ${replicas.min})`);
    if (env.highAvailability && replicas.min < 2) {
      report([...path, 'min'], `must be >= 2 in a highAvailability environment (got ${replicas.min})`);
    }
  };
  const checkSize = (path: Path, size: ResourceSize) => {
    for (const amount of ['cpuMillis', 'memoryMiB'] as const) {
      if (size.limits[amount] < size.requests[amount]) {
        report(
          [...path, 'limits', amount],
          `must be >= requests.${amount} (${size.requests[amount]}) (got ${size.limits[amount]})`,
        );
      }
    }
  };
  // What the environment says on its own is checked even when the platform description is broken.
  const workloads = platform ? workloadsOf(platform) : [];
  const names = new Set(workloads.map((w) => w.spec.name));
  if (platform) {
    const project = gcpProjectOf(platform, env);
    if (!GCP_PROJECT_ID.test(project)) report(['name'], `gives the GCP project id "${project}", which is not valid`);
    if (env.domain !== platform.domain && !env.domain.endsWith(`.${platform.domain}`)) {
      report(['domain'], `must be "${platform.domain}" or a subdomain of it (got "${env.domain}")`);
    }
    const { zones } = platform.cluster;
    if (env.zoneRedundant && zones.length < MIN_ZONES_TO_SPREAD) {
      report(
        ['zoneRedundant'],
        `needs ${MIN_ZONES_TO_SPREAD} or more zones, but the cluster declares ${zones.length} (${zones.join(', ')})`,
      );
    }
  }
  checkReplicas(['replicas'], env.replicas);
  for (const [name, override] of Object.entries(env.workloads)) {
    if (platform && !names.has(name)) report(['workloads', name], `unknown workload "${name}"`);
    if (override.replicas) checkReplicas(['workloads', name, 'replicas'], override.replicas);
  }
  for (const [name, size] of Object.entries(env.sizes)) checkSize(['sizes', name], size);
  env.ingressAllowList.forEach((range, i) => {
    if (range.endsWith('/0')) {
      report(
        ['ingressAllowList', i],
        `"${range}" admits every address: list only the ranges to admit, or leave ingressAllowList empty for a public ingress`,
      );
    }
  });
  checkBackbone(platform, env, report, checkSize);
  if (platform === undefined) return;
  const scheme = env.imageTagScheme;
  const tagPattern = new RegExp(`^${scheme.prefix}-${TAG_VERSIONS[scheme.version].pattern}$`);
  for (const { spec, path } of workloads) {
    if (!(spec.size in env.sizes)) {
      report(['sizes'], `has no size "${spec.size}" (used by ${formatPath(platform, path)})`);
    }
    if (env.requireImageDigests && env.workloads[spec.name]?.imageDigest === undefined) {
      report(
        ['workloads', spec.name, 'imageDigest'],
        'is required: this environment pins every image by digest (requireImageDigests)',
      );
    }
    const tag = env.workloads[spec.name]?.imageTag ?? env.imageTag;
    const at = env.workloads[spec.name]?.imageTag ? ['workloads', spec.name, 'imageTag'] : ['imageTag'];
    if (tag === undefined)
      report(['workloads', spec.name, 'imageTag'], 'is required: no tag here and no environment imageTag');
    else if (tag === 'latest') report(at, 'must name a release: "latest" is not reproducible');
    else if (!tagPattern.test(tag)) {
      const form = `${scheme.prefix}-${TAG_VERSIONS[scheme.version].example}`;
      report(at, `must follow the environment's tag scheme "${form}" (got "${tag}")`);
    }
  }
  const instance = expand(platform.backingServices.cloudSql.instance, '', env.name);
  const instanceChecked = !platform.backingServices.cloudSql.instance.includes('{service}');
  if (instanceChecked && platform.services.some((s) => s.uses.mysql) && !CLOUD_SQL_INSTANCE.test(instance)) {
    report(['name'], `gives the Cloud SQL instance id "${instance}", which is not valid`);
  }
  const internal = platform.gateways.filter((g) => g.internal).map((g) => g.name);
  if (internal.length > 0 && env.internalAllowList.length === 0) {
    report(
      ['internalAllowList'],
      `is required: the hosts of ${internal.join(', ')} (internal) admit only these ranges`,
    );
  }
  if (env.cloudSqlProxy === undefined && platform.services.some((s) => s.uses.mysql)) {
    report(['cloudSqlProxy'], 'is required: some services use MySQL through the Cloud SQL Auth Proxy');
  }
}

/** The environment's Kafka and MongoDB settings, when services use them. */
function checkBackbone(
  platform: PlatformSpec | undefined,
  env: EnvironmentSpec,
  report: Report,
  checkSize: (path: Path, size: ResourceSize) => void,
): void {
  if (env.kafka) {
    checkSize(['kafka', 'resources'], env.kafka.resources);
    if (env.kafka.controllers) checkSize(['kafka', 'controllers', 'resources'], env.kafka.controllers.resources);
  }
  if (env.mongodb) {
    checkSize(['mongodb', 'resources'], env.mongodb.resources);
  }
  if (platform === undefined) return;
  const dedicated = platform.backingServices.kafka.dedicatedControllers;
  if (env.kafka && dedicated && !env.kafka.controllers) {
    report(['kafka', 'controllers'], "is required: the platform's Kafka has dedicated controllers");
  }
  if (env.kafka && !dedicated && env.kafka.controllers) {
    report(
      ['kafka', 'controllers'],
      "the platform's Kafka has no dedicated controllers (backingServices.kafka.dedicatedControllers)",
    );
  }
  const topics = new Set(platform.backingServices.kafka.topics.map((t) => t.name));
  if (platform.services.some((s) => s.uses.kafka) && env.kafka === undefined) {
    report(['kafka'], 'is required: some services use Kafka');
  }
  for (const topic of Object.keys(env.kafka?.topicRetentionHours ?? {})) {
    if (!topics.has(topic)) report(['kafka', 'topicRetentionHours', topic], `unknown topic "${topic}"`);
  }
  const { mongodb } = platform.backingServices;
  if (platform.services.some((s) => s.uses.mongodb) && env.mongodb === undefined) {
    report(['mongodb'], 'is required: some services use MongoDB');
  }
  const bucket = mongodb.backupBucket === undefined ? undefined : expand(mongodb.backupBucket, '', env.name);
  if (platform.services.some((s) => s.uses.mongodb) && bucket !== undefined && !GCS_BUCKET.test(bucket)) {
    report(['name'], `gives the MongoDB backup bucket "${bucket}", which is not a valid GCS bucket name`);
  }
}

/** What a workload needs to reach its backing services: its ConfigMap, Secret keys and Cloud SQL proxy. */
function backingAccess(platform: PlatformSpec, env: EnvironmentSpec, spec: NamedWorkload['spec']) {
  const { kafka, mongodb, cloudSql, redis } = platform.backingServices;
  const uses = 'uses' in spec ? spec.uses : NO_BACKING_SERVICES;
  const gcpProject = gcpProjectOf(platform, env);
  /** Database and user names: one database and one user per service. */
  const database = spec.name.replaceAll('-', '_');
  const config: Record<string, string> = {};
  const mounts: SecretMount[] = [];
  if (uses.kafka) {
    Object.assign(config, {
      KAFKA_BOOTSTRAP_SERVERS: `${kafka.cluster}-kafka-bootstrap.${kafka.namespace}.svc:${kafka.port}`,
      KAFKA_SECURITY_PROTOCOL: 'SSL',
      KAFKA_TLS_CA_FILE: `${KAFKA_CA_DIR}/ca.crt`,
      KAFKA_TLS_CERT_FILE: `${KAFKA_USER_DIR}/user.crt`,
      KAFKA_TLS_KEY_FILE: `${KAFKA_USER_DIR}/user.key`,
      ...('topics' in spec && spec.topics.consumes.length > 0 ? { KAFKA_CONSUMER_GROUP: spec.name } : {}),
    });
    mounts.push(
      { volume: 'kafka-cluster-ca', secretName: kafkaClusterCaSecret(platform), mountPath: KAFKA_CA_DIR },
      { volume: 'kafka-user', secretName: kafkaCertificateSecret(spec.name), mountPath: KAFKA_USER_DIR },
    );
  }
  if (uses.mongodb) {
    Object.assign(config, {
      MONGODB_HOST: `${mongodb.cluster}-${mongodb.replicaSet}.${mongodb.namespace}.svc.cluster.local`,
      MONGODB_PORT: String(mongodb.port),
      MONGODB_REPLICA_SET: mongodb.replicaSet,
      MONGODB_DATABASE: database,
      MONGODB_USERNAME: spec.name,
      MONGODB_AUTH_SOURCE: database,
      MONGODB_TLS_CA_FILE: `${MONGODB_CA_DIR}/ca.crt`,
    });
    mounts.push({ volume: 'mongodb-ca', secretName: mongodbCaSecret(platform), mountPath: MONGODB_CA_DIR });
  }
  const region = cloudSql.region ?? platform.cluster.region;
  const instanceConnectionName = `${gcpProject}:${region}:${expand(cloudSql.instance, '', env.name)}`;
  if (uses.mysql) {
    // The Cloud SQL Auth Proxy sidecar listens on the pod's loopback.
    Object.assign(config, {
      CLOUD_SQL_INSTANCE_CONNECTION_NAME: instanceConnectionName,
      MYSQL_HOST: '127.0.0.1',
      MYSQL_PORT: String(CLOUD_SQL_PROXY_PORT),
      MYSQL_DATABASE: database,
      MYSQL_USER: spec.name,
    });
  }
  if (uses.redis) {
    // Memorystore's in-transit encryption: TLS on its port, verified with the instance's server CA.
    Object.assign(config, {
      REDIS_HOST: redis.host,
      REDIS_PORT: String(redis.port),
      REDIS_TLS: 'true',
      REDIS_TLS_CA_FILE: `${REDIS_CA_DIR}/ca.crt`,
    });
    mounts.push({ volume: 'redis-ca', secretName: REDIS_CA.secret, mountPath: REDIS_CA_DIR });
  }
  const keys = [
    ...(Object.keys(IMPLIED_SECRETS) as (keyof typeof IMPLIED_SECRETS)[])
      .filter((service) => uses[service])
      .map((service) => IMPLIED_SECRETS[service]),
    ...spec.secrets,
  ].sort();
  const secrets = keys.map((key): SecretEntry => ({ key, envVar: envVarOf(key), remoteKey: `${spec.name}-${key}` }));
  const cloudSqlAccess =
    uses.mysql && env.cloudSqlProxy
      ? { instanceConnectionName, proxyImage: cloudSql.proxyImage, proxyResources: env.cloudSqlProxy }
      : undefined;
  const sorted = Object.fromEntries(Object.entries(config).sort(([a], [b]) => (a < b ? -1 : 1)));
  const secretMounts = mounts.sort((a, b) => (a.volume < b.volume ? -1 : 1));
  return { config: sorted, secrets, cloudSql: cloudSqlAccess, secretMounts };
}

/** The Secret in which Strimzi publishes the cluster CA certificate; its copy beside the clients has the same name. */
function kafkaClusterCaSecret(platform: PlatformSpec): string {
  return `${platform.backingServices.kafka.cluster}-cluster-ca-cert`;
}

/** The copy, beside a Kafka client, of its KafkaUser's Secret (which the User Operator makes in Kafka's namespace). */
function kafkaCertificateSecret(client: string): string {
  return `${client}-kafka-user`;
}

/** The copy, beside the clients, of the CA certificate of the MongoDB replica set's TLS certificate. */
function mongodbCaSecret(platform: PlatformSpec): string {
  return `${platform.backingServices.mongodb.cluster}-ca`;
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A microservice's Kafka rights, from the topics it declares. */
function kafkaAccess(spec: PlatformSpec['services'][number]): KafkaAccess {
  const consumes = [...spec.topics.consumes].sort();
  return {
    user: spec.name,
    namespace: spec.namespace,
    certificateSecret: kafkaCertificateSecret(spec.name),
    produces: [...spec.topics.produces].sort(),
    consumes,
    ...(consumes.length > 0 ? { consumerGroup: spec.name } : {}),
  };
}

function resolveKafka(platform: PlatformSpec, env: EnvironmentSpec): KafkaModel | undefined {
  const clients = platform.services.filter((s) => s.uses.kafka).sort(byName);
  if (clients.length === 0 || env.kafka === undefined) return undefined;
  const { kafka } = platform.backingServices;
  const settings = env.kafka;
  const topics = kafka.topics
    .map((topic) => ({
      name: topic.name,
      partitions: topic.partitions,
      retentionHours: settings.topicRetentionHours[topic.name] ?? settings.retentionHours,
      producers: clients.filter((s) => s.topics.produces.includes(topic.name)).map((s) => s.name),
      consumers: clients.filter((s) => s.topics.consumes.includes(topic.name)).map((s) => s.name),
    }))
    .sort(byName);
  return {
    cluster: kafka.cluster,
    namespace: kafka.namespace,
    version: kafka.version,
    port: kafka.port,
    clientNamespaces: [...new Set(clients.map((s) => s.namespace))].sort(),
    topics,
    users: clients.map(kafkaAccess),
    brokers: { resources: settings.resources, storageGiB: env.storage.kafkaBrokerGiB },
    ...(kafka.dedicatedControllers && settings.controllers ? { controllers: settings.controllers } : {}),
    acrossZones: acrossZones(platform),
  };
}

function resolveMongo(platform: PlatformSpec, env: EnvironmentSpec): MongoModel | undefined {
  const clients = platform.services.filter((s) => s.uses.mongodb).sort(byName);
  const { mongodb } = platform.backingServices;
  if (clients.length === 0 || env.mongodb === undefined || mongodb.backupBucket === undefined) return undefined;
  return {
    cluster: mongodb.cluster,
    namespace: mongodb.namespace,
    replicaSet: mongodb.replicaSet,
    port: mongodb.port,
    image: mongodb.image,
    backupImage: mongodb.backupImage,
    exporterImage: mongodb.exporterImage,
    storageGiB: env.storage.mongodbGiB,
    resources: env.mongodb.resources,
    acrossZones: acrossZones(platform),
    users: clients.map((s) => ({
      name: s.name,
      namespace: s.namespace,
      database: s.name.replaceAll('-', '_'),
      // MongoDB's own copy of the password the service reads as `<service>-mongodb-password`: one
      // reader per key (the same value, written twice by whoever generates it).
      passwordRemoteKey: `${mongodb.cluster}-${s.name}-password`,
    })),
    clientNamespaces: [...new Set(clients.map((s) => s.namespace))].sort(),
    systemUsersRemoteKey: `${mongodb.cluster}-system-users`,
    tlsSecret: `${mongodb.cluster}-ssl`,
    clientCaSecret: mongodbCaSecret(platform),
    backup: {
      bucket: expand(mongodb.backupBucket, '', env.name),
      schedule: mongodb.backupSchedule,
      keep: env.mongodb.backup.keep,
      pointInTimeRecovery: mongodb.pointInTimeRecovery,
      credentialsRemoteKey: `${mongodb.cluster}-backup-gcs`,
    },
  };
}

function resolveEnvironment(platform: PlatformSpec, env: EnvironmentSpec): EnvironmentModel {
  const gcpProject = gcpProjectOf(platform, env);
  const registry = `${platform.artifactRegistry.location}-docker.pkg.dev/${gcpProject}/${platform.artifactRegistry.repository}`;
  const workloads = workloadsOf(platform).map(({ spec, role }): WorkloadModel => {
    const override = env.workloads[spec.name];
    const isGateway = 'host' in spec;
    const { config, secrets, cloudSql, secretMounts } = backingAccess(platform, env, spec);
    return {
      name: spec.name,
      namespace: spec.namespace,
      role,
      imageRepository: `${registry}/${spec.name}`,
      imageTag: (override?.imageTag ?? env.imageTag) as string,
      ...(override?.imageDigest ? { imageDigest: override.imageDigest } : {}),
      port: spec.port,
      protocol: spec.protocol,
      replicas: override?.replicas ?? env.replicas,
      resources: env.sizes[spec.size] as EnvironmentSpec['sizes'][string],
      healthPaths: spec.healthPaths,
      gcpServiceAccount: gsaOf(platform, env, spec.name),
      calls: spec.calls,
      hosts: isGateway ? [`${spec.host}.${env.domain}`] : [],
      paths: isGateway ? spec.paths : [],
      internal: isGateway && spec.internal,
      ...(isGateway ? { rateLimit: spec.rateLimit ?? platform.edge.rateLimit } : {}),
      uses: 'uses' in spec ? spec.uses : NO_BACKING_SERVICES,
      config,
      secretName: `${spec.name}-secrets`,
      secrets,
      ...(cloudSql ? { cloudSql } : {}),
      kubernetesApi: spec.kubernetesApi,
      availabilityObjective: spec.availabilityObjective,
      metricsPath: spec.metricsPath,
      ...('topics' in spec && spec.uses.kafka ? { kafka: kafkaAccess(spec) } : {}),
      secretMounts,
      externalHosts: [...spec.externalHosts].sort((a, b) =>
        a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1,
      ),
    };
  });
  const redisClients = platform.services.filter((s) => s.uses.redis);
  const kafkaModel = resolveKafka(platform, env);
  const mongoModel = resolveMongo(platform, env);
  const { kafka, mongodb, redis, privateServicesCidr, googleApisCidr, controlPlaneCidr, nodesCidr } =
    platform.backingServices;
  return {
    name: env.name,
    platform: platform.name,
    gcpProject,
    highAvailability: env.highAvailability,
    cluster: {
      region: platform.cluster.region,
      zones: platform.cluster.zones,
      dataplaneV2: platform.cluster.dataplaneV2,
      acrossZones: acrossZones(platform),
      ...(env.ingressAddress ? { ingressAddress: env.ingressAddress } : {}),
    },
    ingressAllowList: env.ingressAllowList,
    edge: {
      maxRequestBodyBytes: platform.edge.maxRequestBodyKiB * 1024,
      hstsMaxAgeSeconds: platform.edge.hstsMaxAgeSeconds,
      internalAllowList: env.internalAllowList,
    },
    namespaces: platform.namespaces,
    workloads,
    storage: env.storage,
    surroundings: {
      istioNamespace: platform.istioNamespace,
      ingressGateway: platform.ingressGateway,
      monitoringNamespace: platform.monitoringNamespace,
      kafka: { namespace: kafka.namespace, port: kafka.port },
      mongodb: { namespace: mongodb.namespace, port: mongodb.port },
      privateServicesCidr,
      googleApisCidr,
      controlPlaneCidr,
      nodesCidr,
      redisPort: redis.port,
    },
    mesh: {
      trustDomain: platform.trustDomain,
      circuitBreaker: env.mesh,
      routeTimeoutSeconds: platform.routeTimeoutSeconds,
    },
    tls: platform.tls,
    gitops: {
      ...platform.gitops,
      targetRevision: env.gitops.targetRevision ?? platform.gitops.targetRevision,
      syncWindows: env.gitops.syncWindows,
      operators: env.operators,
    },
    alerts: env.alerts,
    // MongoDB's operator reads its users' passwords and backup key through a store of its own.
    secretStores: mongoModel
      ? [
          {
            name: MONGODB_SECRET_STORE,
            namespace: mongoModel.namespace,
            serviceAccount: MONGODB_SECRET_STORE,
            gcpServiceAccount: gsaOf(platform, env, secretStoreAccountId(mongoModel.namespace)),
          },
        ]
      : [],
    ...(redisClients.length > 0
      ? {
          redis: {
            clientNamespaces: [...new Set(redisClients.map((s) => s.namespace))].sort(),
            caSecret: REDIS_CA.secret,
            caRemoteKey: redis.serverCaKey,
            caStore: {
              name: REDIS_CA.store,
              serviceAccount: REDIS_CA.reader,
              gcpServiceAccount: gsaOf(platform, env, REDIS_CA.reader),
            },
          },
        }
      : {}),
    ...(kafkaModel ? { kafka: kafkaModel } : {}),
    ...(mongoModel ? { mongodb: mongoModel } : {}),
    ...(platform.tracing
      ? {
          tracing: {
            provider: platform.tracing.provider,
            service: platform.tracing.collector.service,
            namespace: platform.tracing.collector.namespace,
            port: platform.tracing.collector.port,
            samplingPercent: platform.tracing.samplingPercent,
          },
        }
      : {}),
  };
}

/** Each environment has a domain of its own, and only the production environment the platform's apex. */
function checkDomains(
  platform: PlatformSpec | undefined,
  environments: readonly EnvironmentSpec[],
  problems: Problems,
) {
  const owners = new Map<string, string>();
  const isProduction = (env: EnvironmentSpec) => env.production ?? (env.name === 'production' || env.name === 'prod');
  // The production environment owns its domain; a copy that kept it is the one reported.
  for (const env of [...environments].sort((a, b) => Number(isProduction(b)) - Number(isProduction(a)))) {
    const owner = owners.get(env.domain);
    if (owner !== undefined && owner !== env.name) {
      problems.add(
        `${env.name}: domain: "${env.domain}" is already the domain of ${owner}: each environment needs its own (a copied environment file that kept its domain?)`,
      );
    } else owners.set(env.domain, env.name);
    if (platform && !isProduction(env) && env.domain === platform.domain) {
      problems.add(
        `${env.name}: domain: "${env.domain}" is the production domain, and ${env.name} is not the production environment: use a subdomain such as "${env.name}.${platform.domain}"`,
      );
    }
  }
}

/**
 * Legal but suspicious graphs: a microservice nothing calls and that consumes no topic (gateways are
 * routed to by the ingress), a topic produced but never consumed or the reverse, a cycle of calls.
 */
function graphWarnings(platform: PlatformSpec): string[] {
  const warnings: string[] = [];
  const warn = (path: Path, message: string) => warnings.push(`platform: ${formatPath(platform, path)}: ${message}`);
  const workloads = workloadsOf(platform);
  const called = new Set(workloads.flatMap((w) => w.spec.calls));
  platform.services.forEach((service, i) => {
    // A consumer of topics is reached through them.
    if (!called.has(service.name) && service.topics.consumes.length === 0) {
      warn(['services', i], 'nothing calls it, no gateway routes to it and it consumes no topic');
    }
  });
  platform.backingServices.kafka.topics.forEach((topic, i) => {
    const by = (direction: 'produces' | 'consumes') =>
      platform.services
        .filter((s) => s.topics[direction].includes(topic.name))
        .map((s) => s.name)
        .sort();
    const [producers, consumers] = [by('produces'), by('consumes')];
    const at = ['backingServices', 'kafka', 'topics', i];
    if (producers.length === 0 && consumers.length === 0) warn(at, 'no service produces or consumes it');
    else if (consumers.length === 0) warn(at, `produced by ${producers.join(', ')} but consumed by no service`);
    else if (producers.length === 0) warn(at, `consumed by ${consumers.join(', ')} but produced by no service`);
  });
  // Each cycle once, from its first workload in the description's order.
  const order = new Map(workloads.map((w, i) => [w.spec.name, i]));
  const callsOf = new Map(workloads.map((w) => [w.spec.name, w.spec.calls]));
  const reported = new Set<string>();
  for (const { spec, path } of workloads) {
    const walk = (name: string, trail: string[]): void => {
      for (const callee of callsOf.get(name) ?? []) {
        if (callee === spec.name) {
          const cycle = [...trail, callee];
          const key = [...new Set(cycle)].sort().join(' ');
          if (!reported.has(key)) {
            reported.add(key);
            warn([...path, 'calls'], `a call cycle: ${cycle.join(' -> ')}`);
          }
        } else if (!trail.includes(callee) && (order.get(callee) ?? -1) > (order.get(spec.name) ?? -1)) {
          walk(callee, [...trail, callee]);
        }
      }
    };
    walk(spec.name, [spec.name]);
  }
  return warnings;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates the platform description and every environment config and resolves them into the model.
 * @throws ConfigError listing every problem found
 */
export function loadPlatform(platformInput: unknown, environmentInputs: readonly unknown[]): PlatformModel {
  const problems = new Problems();
  const platformResult = platformSchema.safeParse(platformInput);
  const reportPlatform = problems.reporter('platform', platformInput);
  if (platformResult.success) checkPlatform(platformResult.data, reportPlatform);
  else reportIssues(platformResult.error, platformInput, reportPlatform);

  const environments: EnvironmentSpec[] = [];
  environmentInputs.forEach((input, i) => {
    const name = valueAt(input, ['name']);
    const report = problems.reporter(typeof name === 'string' && name !== '' ? name : `environments[${i}]`, input);
    const result = environmentSchema.safeParse(input);
    if (!result.success) return reportIssues(result.error, input, report);
    checkEnvironment(platformResult.success ? platformResult.data : undefined, result.data, report);
    environments.push(result.data);
  });
  for (const name of duplicates(environments.map((e) => e.name))) {
    problems.add(`${name}: name: two environments are named "${name}"`);
  }
  checkDomains(platformResult.success ? platformResult.data : undefined, environments, problems);
  if (environmentInputs.length === 0) problems.add('environments: at least one environment is required');

  const pinning = environments.filter((e) => e.requireImageDigests).map((e) => e.name);
  if (platformResult.success && pinning.length > 0) checkPinnedImages(platformResult.data, pinning, reportPlatform);
  if (problems.list.length > 0 || !platformResult.success) throw new ConfigError(problems.list);
  const platform = platformResult.data;
  return deepFreeze({
    environments: environments.map((env) => resolveEnvironment(platform, env)),
    warnings: graphWarnings(platform),
  });
}
