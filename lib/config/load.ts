/**
 * Validates the platform description and the environment configs, all at once, into the typed,
 * read-only `PlatformModel`. Every problem is collected (schema errors first, then the rules that
 * relate fields to each other) and reported together with its environment and path.
 */
import type { z } from 'zod';
import { ProblemsError } from '../errors';
import type { EnvironmentModel, PlatformModel, SecretEntry, WorkloadModel, WorkloadRole } from '../model';
import {
  environmentSchema,
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
const HOSTNAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
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

/** `{service}` and `{env}` of a name pattern replaced. */
function expand(pattern: string, service: string, env: string): string {
  return pattern.replaceAll('{service}', service).replaceAll('{env}', env);
}

/** The GCP service account a namespace's SecretStore reads Secret Manager as. */
function secretStoreAccountId(namespace: string): string {
  return `${namespace}-secrets`;
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

/** Rules of the platform description that relate fields to each other. */
function checkPlatform(platform: PlatformSpec, report: Report): void {
  const workloads = workloadsOf(platform);
  const names = new Set(workloads.map((w) => w.spec.name));
  const dupNames = duplicates(workloads.map((w) => w.spec.name));
  for (const name of duplicates(platform.namespaces)) report(['namespaces'], `namespace "${name}" is listed twice`);
  for (const { spec, path } of workloads) {
    if (dupNames.has(spec.name)) report([...path, 'name'], `duplicate workload name "${spec.name}"`);
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
    const uses = 'uses' in spec ? spec.uses : NO_BACKING_SERVICES;
    spec.secrets.forEach((key, i) => {
      const implied = (Object.keys(IMPLIED_SECRETS) as (keyof typeof IMPLIED_SECRETS)[]).find(
        (service) => IMPLIED_SECRETS[service] === key,
      );
      if (implied && uses[implied]) report([...path, 'secrets', i], `"${key}" is already implied by uses.${implied}`);
    });
  }
  platform.namespaces.forEach((namespace, i) => {
    if (!GCP_SERVICE_ACCOUNT_ID.test(secretStoreAccountId(namespace))) {
      report(
        ['namespaces', i],
        `gives the GCP service account id "${secretStoreAccountId(namespace)}" (its secret store), which must be 6 to 30 characters`,
      );
    }
  });
  const hostOwners = new Map<string, string>();
  platform.gateways.forEach((gateway, i) => {
    const owner = hostOwners.get(gateway.host);
    if (owner !== undefined) {
      report(['gateways', i, 'host'], `host "${gateway.host}" is already claimed by ${owner}`);
    } else hostOwners.set(gateway.host, gateway.name);
    for (const path of duplicates(gateway.paths)) report(['gateways', i, 'paths'], `"${path}" is listed twice`);
  });
  for (const { spec, path } of workloads) {
    if (spec.calls.some((callee) => platform.gateways.some((g) => g.name === callee))) {
      report([...path, 'calls'], 'API gateways are reached only from the ingress, not called by workloads');
    }
  }
}

/** Rules of one environment, checked against the platform description. */
function checkEnvironment(platform: PlatformSpec, env: EnvironmentSpec, report: Report): void {
  const workloads = workloadsOf(platform);
  const names = new Set(workloads.map((w) => w.spec.name));
  const project = platform.gcpProject.replaceAll('{env}', env.name);
  if (!GCP_PROJECT_ID.test(project)) report(['name'], `gives the GCP project id "${project}", which is not valid`);
  if (env.domain !== platform.domain && !env.domain.endsWith(`.${platform.domain}`)) {
    report(['domain'], `must be "${platform.domain}" or a subdomain of it (got "${env.domain}")`);
  }
  const checkReplicas = (path: Path, replicas: { min: number; max: number }) => {
    if (replicas.min > replicas.max) report([...path, 'min'], `must be <= max (${replicas.max}) (got ${replicas.min})`);
    if (env.highAvailability && replicas.min < 2) {
      report([...path, 'min'], `must be >= 2 in a highAvailability environment (got ${replicas.min})`);
    }
  };
  checkReplicas(['replicas'], env.replicas);
  for (const [name, override] of Object.entries(env.workloads)) {
    if (!names.has(name)) report(['workloads', name], `unknown workload "${name}"`);
    if (override.replicas) checkReplicas(['workloads', name, 'replicas'], override.replicas);
  }
  for (const [name, size] of Object.entries(env.sizes)) {
    for (const amount of ['cpuMillis', 'memoryMiB'] as const) {
      if (size.limits[amount] < size.requests[amount]) {
        report(
          ['sizes', name, 'limits', amount],
          `must be >= requests.${amount} (${size.requests[amount]}) (got ${size.limits[amount]})`,
        );
      }
    }
  }
  const scheme = env.imageTagScheme;
  const tagPattern = new RegExp(`^${scheme.prefix}-${TAG_VERSIONS[scheme.version].pattern}$`);
  for (const { spec, path } of workloads) {
    if (!(spec.size in env.sizes)) {
      report(['sizes'], `has no size "${spec.size}" (used by ${formatPath(platform, path)})`);
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
    if ('uses' in spec) {
      const instance = expand(platform.backingServices.cloudSql.instance, spec.name, env.name);
      if (spec.uses.mysql && !CLOUD_SQL_INSTANCE.test(instance)) {
        report(['name'], `gives ${spec.name} the Cloud SQL instance id "${instance}", which is not valid`);
      }
      const redisHost = expand(platform.backingServices.redis.host, spec.name, env.name);
      if (spec.uses.redis && !HOSTNAME.test(redisHost)) {
        report(['name'], `gives ${spec.name} the Redis host "${redisHost}", which is not a valid host name`);
      }
    }
  }
  if (env.cloudSqlProxy === undefined && platform.services.some((s) => s.uses.mysql)) {
    report(['cloudSqlProxy'], 'is required: some services use MySQL through the Cloud SQL Auth Proxy');
  }
}

/** What a workload needs to reach its backing services: its ConfigMap, Secret keys and Cloud SQL proxy. */
function backingAccess(platform: PlatformSpec, env: EnvironmentSpec, spec: NamedWorkload['spec']) {
  const { kafka, mongodb, cloudSql, redis } = platform.backingServices;
  const uses = 'uses' in spec ? spec.uses : NO_BACKING_SERVICES;
  const gcpProject = platform.gcpProject.replaceAll('{env}', env.name);
  /** Database and user names: one database and one user per service. */
  const database = spec.name.replaceAll('-', '_');
  const config: Record<string, string> = {};
  if (uses.kafka)
    config.KAFKA_BOOTSTRAP_SERVERS = `${kafka.cluster}-kafka-bootstrap.${kafka.namespace}.svc:${kafka.port}`;
  if (uses.mongodb) {
    Object.assign(config, {
      MONGODB_HOST: `${mongodb.cluster}-${mongodb.replicaSet}.${mongodb.namespace}.svc.cluster.local`,
      MONGODB_PORT: String(mongodb.port),
      MONGODB_REPLICA_SET: mongodb.replicaSet,
      MONGODB_DATABASE: database,
      MONGODB_USERNAME: spec.name,
    });
  }
  const instanceConnectionName = `${gcpProject}:${cloudSql.region}:${expand(cloudSql.instance, spec.name, env.name)}`;
  if (uses.mysql) {
    // The Cloud SQL Auth Proxy sidecar listens on the pod's loopback.
    Object.assign(config, {
      CLOUD_SQL_INSTANCE_CONNECTION_NAME: instanceConnectionName,
      MYSQL_HOST: '127.0.0.1',
      MYSQL_PORT: '3306',
      MYSQL_DATABASE: database,
      MYSQL_USER: spec.name,
    });
  }
  if (uses.redis) {
    Object.assign(config, { REDIS_HOST: expand(redis.host, spec.name, env.name), REDIS_PORT: String(redis.port) });
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
  return { config: sorted, secrets, cloudSql: cloudSqlAccess };
}

function resolveEnvironment(platform: PlatformSpec, env: EnvironmentSpec): EnvironmentModel {
  const gcpProject = platform.gcpProject.replaceAll('{env}', env.name);
  const registry = `${platform.artifactRegistry.location}-docker.pkg.dev/${gcpProject}/${platform.artifactRegistry.repository}`;
  const workloads = workloadsOf(platform).map(({ spec, role }): WorkloadModel => {
    const override = env.workloads[spec.name];
    const isGateway = 'host' in spec;
    const { config, secrets, cloudSql } = backingAccess(platform, env, spec);
    return {
      name: spec.name,
      namespace: spec.namespace,
      role,
      imageRepository: `${registry}/${spec.name}`,
      imageTag: (override?.imageTag ?? env.imageTag) as string,
      port: spec.port,
      protocol: spec.protocol,
      replicas: override?.replicas ?? env.replicas,
      resources: env.sizes[spec.size] as EnvironmentSpec['sizes'][string],
      healthPaths: spec.healthPaths,
      gcpServiceAccount: `${spec.name}@${gcpProject}.iam.gserviceaccount.com`,
      calls: spec.calls,
      hosts: isGateway ? [`${spec.host}.${env.domain}`] : [],
      paths: isGateway ? spec.paths : [],
      uses: 'uses' in spec ? spec.uses : NO_BACKING_SERVICES,
      config,
      secretName: `${spec.name}-secrets`,
      secrets,
      ...(cloudSql ? { cloudSql } : {}),
      kubernetesApi: spec.kubernetesApi,
      availabilityObjective: spec.availabilityObjective,
      metricsPath: spec.metricsPath,
    };
  });
  const { kafka, mongodb, redis, privateServicesCidr, googleApisCidr } = platform.backingServices;
  return {
    name: env.name,
    platform: platform.name,
    gcpProject,
    highAvailability: env.highAvailability,
    ingressAllowList: env.ingressAllowList,
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
      redisPort: redis.port,
    },
    mesh: {
      trustDomain: platform.trustDomain,
      circuitBreaker: env.mesh,
      routeTimeoutSeconds: platform.routeTimeoutSeconds,
    },
    tls: platform.tls,
    gitops: { ...platform.gitops, operators: env.operators },
    alerts: env.alerts,
    secretStores: platform.namespaces.map((namespace) => ({
      namespace,
      gcpServiceAccount: `${secretStoreAccountId(namespace)}@${gcpProject}.iam.gserviceaccount.com`,
    })),
  };
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
    if (platformResult.success) checkEnvironment(platformResult.data, result.data, report);
    environments.push(result.data);
  });
  for (const name of duplicates(environments.map((e) => e.name))) {
    problems.add(`${name}: name: two environments are named "${name}"`);
  }
  if (environmentInputs.length === 0) problems.add('environments: at least one environment is required');

  if (problems.list.length > 0 || !platformResult.success) throw new ConfigError(problems.list);
  const platform = platformResult.data;
  return deepFreeze({ environments: environments.map((env) => resolveEnvironment(platform, env)) });
}
