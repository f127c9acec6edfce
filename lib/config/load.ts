/**
 * Validates the platform description and the environment configs, all at once, into the typed,
 * read-only `PlatformModel`. Every problem is collected (schema errors first, then the rules that
 * relate fields to each other) and reported together with its environment and path.
 */
import type { z } from 'zod';
import { BACKING, declares, flagsSet } from '../../charts/backing';
import { ISTIO_CNI_NAMESPACE } from '../../charts/platform-operators';
import { ProblemsError } from '../errors';
import type {
  EnvironmentModel,
  PlatformModel,
  ResourceSize,
  SecretEntry,
  SecretMount,
  SharedSecretStore,
  WorkloadModel,
  WorkloadRole,
} from '../model';
import {
  acrossZones,
  duplicates,
  envVarOf,
  gcpProjectOf,
  GCP_SERVICE_ACCOUNT_ID,
  gsaOf,
  MIN_ZONES_TO_SPREAD,
  type Path,
  type Report,
} from './common';
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

export { MIN_ZONES_TO_SPREAD } from './common';

/** Invalid configuration: `problems` lists every problem, each as `<source>: <path>: <message>`. */
export class ConfigError extends ProblemsError {
  constructor(problems: readonly string[]) {
    super('invalid configuration', problems);
  }
}

/** GCP project ids: 6 to 30 characters. */
const GCP_PROJECT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** The version part of each image tag scheme (seed 003). */
const TAG_VERSIONS = {
  commit: { pattern: '[0-9a-f]{7,40}', example: '<commit>' },
  semver: { pattern: 'v(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)', example: 'v<major>.<minor>.<patch>' },
} as const;

/**
 * Host names that are not a host outside the cluster: in-cluster and private names, and addresses
 * (NetworkPolicies and ServiceEntries here are for the internet).
 */
const INTERNAL_HOST = /(^|\.)(svc|cluster\.local|local|internal|localhost)$/;

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

/** A value as the input wrote it, for `(got ...)`: JSON where JSON can say it. */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'function':
      return 'a function';
    case 'bigint':
      return `${value}n`;
    case 'number': // NaN and Infinity, which JSON writes as null
    case 'symbol':
      return String(value);
    default:
      try {
        return JSON.stringify(value);
      } catch {
        return String(value); // a cycle, a bigint inside
      }
  }
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
        report(
          issue.path,
          got === undefined
            ? 'is required'
            : `must be ${issue.expected === 'int' ? 'integer' : issue.expected} (got ${describe(got)})`,
        );
        break;
      case 'invalid_key':
        // A record's key (a size class, a workload's name): the path ends with it.
        report(issue.path, `${issue.issues.map((i) => i.message).join('; ')} (got ${describe(issue.path.at(-1))})`);
        break;
      case 'too_small':
        report(
          issue.path,
          issue.origin === 'array'
            ? `must have at least ${issue.minimum} item(s)`
            : issue.origin === 'string'
              ? `must have at least ${issue.minimum} character(s) (got ${describe(got)})`
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
 * (The backing services' namespaces, when they are used, have rules of their own.)
 */
function componentNamespaces(platform: PlatformSpec): Map<string, string> {
  const components = new Map<string, string>([
    ['kube-system', 'Kubernetes itself'],
    ['kube-public', 'Kubernetes itself'],
    ['kube-node-lease', 'Kubernetes itself'],
    ['cert-manager', 'cert-manager'],
    ['external-secrets', 'External Secrets'],
    [platform.istioNamespace, 'istiod (istioNamespace)'],
    [ISTIO_CNI_NAMESPACE, 'the Istio CNI node agent'],
    [platform.ingressGateway.namespace, 'the ingress gateway (ingressGateway.namespace)'],
    [platform.monitoringNamespace, 'Prometheus, Grafana and Loki (monitoringNamespace)'],
    [platform.gitops.namespace, 'Argo CD (gitops.namespace)'],
  ]);
  for (const backing of declared(platform)) {
    for (const [namespace, what] of backing.check?.componentNamespaces?.(platform) ?? [])
      components.set(namespace, what);
  }
  return components;
}

/**
 * Names that the charts give objects beside the workloads, which a workload (whose objects are named
 * after it) cannot take: synth would define one object twice.
 */
function reservedWorkloadNames(platform: PlatformSpec): Map<string, string> {
  return new Map([
    ['allow-nothing', 'the AuthorizationPolicy of every application namespace'],
    ['deny-all', 'the NetworkPolicy of every application namespace'],
    ['default', 'the Sidecar of every application namespace'],
    ...declared(platform).flatMap((backing) => backing.check?.reservedNames?.(platform) ?? []),
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
}

/** A route's path without empty and `.` segments, `..` applied: `/api/` and `/api` route the same requests. */
function normalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return `/${segments.join('/')}`;
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

/**
 * The cluster's ranges every platform's NetworkPolicies use, and what breaks when one is wrong: they are
 * the user's (Terraform's) values, so there is no default to fall back on.
 */
const CIDR_NEEDS = {
  controlPlaneCidr:
    "the GKE control plane's range (Terraform's master_ipv4_cidr_block): the operators reach the API server there and admission webhooks are called from there; a wrong one stops every operator and every webhook (istiod's sidecar injection included)",
  nodesCidr:
    "the nodes' subnet (Terraform's): Prometheus scrapes the kubelets and node exporters there; a wrong one blinds node metrics and the saturation alerts",
} as const;

/** Rules of the platform description that relate fields to each other. */
function checkPlatform(platform: PlatformSpec, report: Report): void {
  for (const [key, need] of Object.entries(CIDR_NEEDS)) {
    if (platform.backingServices[key as keyof typeof CIDR_NEEDS] === undefined) {
      report(['backingServices', key], `is required: ${need}`);
    }
  }
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
    const uses: Readonly<Record<string, boolean>> = 'uses' in spec ? spec.uses : NO_BACKING_SERVICES;
    const implied = new Map(
      BACKING.flatMap((b) => Object.entries(b.secretKeys ?? {}).map(([flag, key]) => [key as string, flag])),
    );
    spec.secrets.forEach((key, i) => {
      const flag = implied.get(key);
      if (flag !== undefined && uses[flag])
        report([...path, 'secrets', i], `"${key}" is already implied by uses.${flag}`);
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
  checkUndeclared(platform, report);
  for (const backing of declared(platform)) backing.check?.platform?.(platform, report);
}

/** The kinds of backing service the description declares (`backingServices.<name>`), in the list's order. */
const declared = (platform: PlatformSpec) => BACKING.filter((backing) => declares(platform, backing));

/**
 * A service that uses a kind the description does not declare, or sets its fields (Kafka's `topics`),
 * is one problem, at the flag (or the field when it sets no flag); nothing else of the kind is checked.
 */
function checkUndeclared(platform: PlatformSpec, report: Report): void {
  for (const backing of BACKING.filter((b) => !declares(platform, b))) {
    const missing = `the platform declares no ${backing.name} (backingServices.${backing.name})`;
    const fields = Object.entries(backing.schema.service ?? {});
    platform.services.forEach((spec, i) => {
      const flags = flagsSet(backing, spec.uses);
      for (const flag of flags) report(['services', i, 'uses', flag], missing);
      if (flags.length > 0) return;
      for (const [field, schema] of fields) {
        const value = (spec as unknown as Readonly<Record<string, unknown>>)[field];
        if (JSON.stringify(value) !== JSON.stringify(schema.parse(undefined))) report(['services', i, field], missing);
      }
    });
  }
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

/** The images the description names are pinned by digest where an environment requires it. */
function checkPinnedImages(platform: PlatformSpec, environments: readonly string[], report: Report): void {
  const images = declared(platform).flatMap((backing) => backing.check?.images?.(platform) ?? []);
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
  for (const backing of platform ? declared(platform) : BACKING) {
    backing.check?.environment?.(platform, env, report, checkSize);
  }
  // Settings of a store the platform does not have (its operators' pins aside: a shared catalogue).
  for (const backing of platform ? BACKING.filter((b) => !declares(platform, b)) : []) {
    const missing = `the platform declares no ${backing.name} (backingServices.${backing.name})`;
    const set = (fields: object | undefined, values: object, path: Path) => {
      for (const field of Object.keys(fields ?? {})) {
        if ((values as Readonly<Record<string, unknown>>)[field] !== undefined) report([...path, field], missing);
      }
    };
    set(backing.schema.environment, env, []);
    set(backing.schema.storage, env.storage, ['storage']);
  }
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
  const internal = platform.gateways.filter((g) => g.internal).map((g) => g.name);
  if (internal.length > 0 && env.internalAllowList.length === 0) {
    report(
      ['internalAllowList'],
      `is required: the hosts of ${internal.join(', ')} (internal) admit only these ranges`,
    );
  }
}

/** What a workload needs to reach its backing services: its ConfigMap, Secret keys, mounts and its fields of the model. */
function backingAccess(platform: PlatformSpec, env: EnvironmentSpec, spec: NamedWorkload['spec']) {
  const config: Record<string, string> = {};
  const mounts: SecretMount[] = [];
  const fields: Record<string, unknown> = {};
  const keys: string[] = [];
  if ('uses' in spec) {
    for (const backing of declared(platform)) {
      const flags = flagsSet(backing, spec.uses);
      if (flags.length === 0) continue;
      const part = backing.model?.client?.({ platform, env }, spec);
      Object.assign(config, part?.config);
      Object.assign(fields, part?.workload);
      mounts.push(...(part?.mounts ?? []));
      for (const flag of flags) {
        const key = (backing.secretKeys as Readonly<Record<string, string>> | undefined)?.[flag];
        if (key !== undefined) keys.push(key);
      }
    }
  }
  const secrets = [...keys, ...spec.secrets]
    .sort()
    .map((key): SecretEntry => ({ key, envVar: envVarOf(key), remoteKey: `${spec.name}-${key}` }));
  const sorted = Object.fromEntries(Object.entries(config).sort(([a], [b]) => (a < b ? -1 : 1)));
  const secretMounts = mounts.sort((a, b) => (a.volume < b.volume ? -1 : 1));
  return { config: sorted, secrets, fields, secretMounts };
}

function resolveEnvironment(platform: PlatformSpec, env: EnvironmentSpec): EnvironmentModel {
  const gcpProject = gcpProjectOf(platform, env);
  const registry = `${platform.artifactRegistry.location}-docker.pkg.dev/${gcpProject}/${platform.artifactRegistry.repository}`;
  const context = { platform, env };
  const workloads = workloadsOf(platform).map(({ spec, role }): WorkloadModel => {
    const override = env.workloads[spec.name];
    const isGateway = 'host' in spec;
    const { config, secrets, fields, secretMounts } = backingAccess(platform, env, spec);
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
      kubernetesApi: spec.kubernetesApi,
      availabilityObjective: spec.availabilityObjective,
      metricsPath: spec.metricsPath,
      secretMounts,
      externalHosts: [...spec.externalHosts].sort((a, b) =>
        a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1,
      ),
      ...fields,
    };
  });
  const { privateServicesCidr, googleApisCidr, controlPlaneCidr, nodesCidr } = platform.backingServices;
  const models: Record<string, unknown> = {};
  const secretStores: SharedSecretStore[] = [];
  const surroundings: Record<string, unknown> = {};
  for (const backing of declared(platform)) {
    const model = backing.model?.environment?.(context) ?? {};
    Object.assign(models, model);
    secretStores.push(...(backing.model?.secretStores?.(context, model) ?? []));
    Object.assign(surroundings, backing.model?.surroundings?.(context));
  }
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
      privateServicesCidr,
      googleApisCidr,
      // Both checked present (checkPlatform) before anything resolves.
      controlPlaneCidr: controlPlaneCidr!,
      nodesCidr: nodesCidr!,
      ...surroundings,
    } as EnvironmentModel['surroundings'],
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
    secretStores,
    ...models,
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

/**
 * Each environment has a domain and an ingress address of its own, and only the production environment
 * the platform's apex.
 */
function checkDomains(
  platform: PlatformSpec | undefined,
  environments: readonly EnvironmentSpec[],
  problems: Problems,
) {
  // What each environment must have alone, and what a copy that kept another's is told.
  const own = [
    {
      field: 'domain',
      what: 'domain',
      why: 'each environment needs its own (a copied environment file that kept its domain?)',
    },
    {
      field: 'ingressAddress',
      what: 'ingress address',
      why: "each environment's ingress needs its own reserved static address",
    },
  ] as const;
  const owners = own.map(() => new Map<string, string>());
  const isProduction = (env: EnvironmentSpec) => env.production ?? (env.name === 'production' || env.name === 'prod');
  // The production environment owns its domain and address; a copy that kept them is the one reported.
  for (const env of [...environments].sort((a, b) => Number(isProduction(b)) - Number(isProduction(a)))) {
    own.forEach(({ field, what, why }, i) => {
      const value = env[field];
      if (value === undefined) return;
      const owner = owners[i]!.get(value);
      if (owner === undefined) owners[i]!.set(value, env.name);
      else if (owner !== env.name)
        problems.add(`${env.name}: ${field}: "${value}" is already the ${what} of ${owner}: ${why}`);
    });
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
  for (const backing of declared(platform)) backing.check?.warnings?.(platform, warn);
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

/** One line per environment whose workloads' digests are placeholders, naming each such workload. */
function placeholderDigestWarnings(env: EnvironmentSpec): string[] {
  const named = Object.entries(env.workloads)
    .filter(([, w]) => w.imageDigest !== undefined)
    .map(([name]) => name)
    .sort();
  if (!env.placeholderImageDigests || named.length === 0) return [];
  return [
    `${env.name}: workloads.*.imageDigest: placeholders, not the registry's digests (placeholderImageDigests): the images of ${named.join(', ')} would not pull until the release pipeline records them`,
  ];
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
    warnings: [...graphWarnings(platform), ...environments.flatMap(placeholderDigestWarnings)],
  });
}
