/**
 * fast-check arbitraries for the synthesizer's inputs (`test/properties.test.ts`):
 *
 * - `validInputs`: a platform description and its environment configs that satisfy every rule of
 *   lib/config (schema.ts and load.ts): names, namespaces, ports, protocols, a call graph without
 *   self-calls or calls to gateways, backing services and what they imply (topics, MongoDB users, the
 *   Cloud SQL proxy, the Kafka and MongoDB settings), secrets, sizes, replica bounds, tag schemes and
 *   per-workload overrides.
 * - `invalidInputs`: valid inputs with one mutation that breaks one rule at a known path, together with
 *   the exact problem line (`<source>: <path>: <message>`) that `loadPlatform` must report for it.
 */
import fc from 'fast-check';
import { OPERATOR_CHARTS } from '../environments/operators';
import type { EnvironmentInput, PlatformInput } from '../lib/config/schema';

export interface Inputs {
  platform: PlatformInput;
  environments: EnvironmentInput[];
}

type Gateway = PlatformInput['gateways'][number];
type Service = PlatformInput['services'][number];
type Size = EnvironmentInput['sizes'][string];
type Generate = fc.GeneratorValue;

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LOWER}0123456789`;
const HEX = '0123456789abcdef';
const PATH_CHARS = `${ALNUM}._~-`;

/** A string of `length` in [min, max]: first character from `first`, last from `last`, the rest from `middle`. */
function word(first: string, middle: string, last: string, min: number, max: number): fc.Arbitrary<string> {
  const from = (chars: string) => fc.constantFrom(...chars.split(''));
  return fc
    .integer({ min, max })
    .chain((length) =>
      length === 1
        ? from([...first].filter((c) => last.includes(c)).join(''))
        : fc
            .tuple(from(first), fc.array(from(middle), { minLength: length - 2, maxLength: length - 2 }), from(last))
            .map(([a, rest, z]) => `${a}${rest.join('')}${z}`),
    );
}

/** A builder for `fc.gen()`: the same function for the whole run, since `gen` remembers every (builder, args) pair. */
const stable =
  <T>(arbitrary: fc.Arbitrary<T>) =>
  () =>
    arbitrary;

const ARB = {
  /** Workload names: DNS-1035 labels that are also GCP service account ids (6 to 30 characters). */
  workloadName: stable(word(LOWER, `${ALNUM}-`, ALNUM, 6, 30)),
  /** Application namespaces: `<namespace>-secrets` (their secret stores' GCP service accounts) starts with a letter. */
  namespace: stable(word(LOWER, `${ALNUM}-`, ALNUM, 1, 22)),
  label: stable(word(ALNUM, `${ALNUM}-`, ALNUM, 1, 20)),
  /** Secret keys: each is also an environment variable, whose name cannot start with a digit. */
  secretKey: stable(word(LOWER, `${ALNUM}-`, ALNUM, 1, 20)),
  /** Names that must start with a letter: environments (`{env}` of the GCP project) and the project prefix. */
  shortName: stable(word(LOWER, ALNUM, ALNUM, 2, 8)),
  bucketPrefix: stable(word(ALNUM, ALNUM, ALNUM, 3, 20)),
  /** Kafka topic names that are also Kubernetes names. */
  topic: stable(word(ALNUM, `${ALNUM}-.`, ALNUM, 1, 40)),
  commit: stable(word(HEX, HEX, HEX, 7, 40)),
  httpPath: stable(
    fc
      .array(word(PATH_CHARS, PATH_CHARS, PATH_CHARS, 1, 12), { maxLength: 3 })
      // "." and ".." are dot segments, not names: such a path is not a normal one.
      .map((parts) => `/${parts.map((p) => (p === '.' || p === '..' ? `${p}x` : p)).join('/')}`),
  ),
  cidr: stable(
    fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 32 })) // /0 admits everyone
      .map(([a, b, c, d, bits]) => `${a}.${b}.${c}.${d}/${bits}`),
  ),
  size: stable(
    fc
      .tuple(fc.integer({ min: 1, max: 4000 }), fc.nat(4000), fc.integer({ min: 1, max: 16384 }), fc.nat(16384))
      .map(([cpu, cpuExtra, memory, memoryExtra]): Size => ({
        requests: { cpuMillis: cpu, memoryMiB: memory },
        limits: { cpuMillis: cpu + cpuExtra, memoryMiB: memory + memoryExtra },
      })),
  ),
  objective: stable(fc.double({ min: 90, max: 99.999, noNaN: true })),
  errorRate: stable(fc.double({ min: 0.01, max: 100, noNaN: true })),
};

/** Draws the values of one case from fast-check's generator. */
/** A port no other container of the pod takes: not Istio's (15000-15090), not the Cloud SQL proxy's. */
function notReserved(port: number): number {
  const shifted = port >= 15000 ? port + 91 : port;
  return shifted === 3306 || shifted === 9801 ? shifted + 1 : shifted;
}

export class Draw {
  constructor(private readonly g: Generate) {}
  value<T>(builder: () => fc.Arbitrary<T>): T {
    return this.g(builder);
  }
  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  bool(): boolean {
    return this.g(fc.boolean);
  }
  one<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)]!;
  }
  /** Some of `items`, in their order, at most `max`. */
  some<T>(items: readonly T[], max = items.length): T[] {
    return items.filter(() => this.bool()).slice(0, max);
  }
  /** `count` distinct values of `builder` (fewer if they keep repeating) that `accept` takes. */
  unique(builder: () => fc.Arbitrary<string>, count: number, accept: (v: string) => boolean = () => true): string[] {
    const found = new Set<string>();
    for (let tries = 0; found.size < count && tries < count * 20; tries++) {
      const value = this.value(builder);
      if (accept(value)) found.add(value);
    }
    return [...found];
  }
  tag(scheme: EnvironmentInput['imageTagScheme']): string {
    if (scheme.version === 'commit') return `${scheme.prefix}-${this.value(ARB.commit)}`;
    return `${scheme.prefix}-v${this.int(0, 99)}.${this.int(0, 99)}.${this.int(0, 99)}`;
  }
}

/** Hosts outside the cluster a workload may call. */
const EXTERNAL_HOSTS: Readonly<Record<string, { port?: number; protocol?: 'https' | 'tls' }>> = {
  'api.sendgrid.com': {},
  'api.twilio.com': { port: 443, protocol: 'https' },
  'smtp.example.com': { port: 465, protocol: 'tls' },
  'api.stripe.com': { port: 8443 },
};

/** The objects every application namespace gets, by name: a workload cannot take their names. */
const NAMESPACE_OBJECTS: Readonly<Record<string, string>> = {
  'allow-nothing': 'the AuthorizationPolicy',
  'deny-all': 'the NetworkPolicy',
  default: 'the Sidecar',
};
/** What runs in the namespaces an application namespace must not be. */
const COMPONENT_NAMESPACES: Readonly<Record<string, string>> = {
  'istio-system': 'istiod (istioNamespace)',
  'istio-ingress': 'the ingress gateway (ingressGateway.namespace)',
  monitoring: 'Prometheus, Grafana and Loki (monitoringNamespace)',
  argocd: 'Argo CD (gitops.namespace)',
  'kube-system': 'Kubernetes itself',
  'cert-manager': 'cert-manager',
  'external-secrets': 'External Secrets',
};

const IMPLIED_SECRETS = ['mysql-password', 'pgpassword', 'mongodb-password', 'redis-auth'];

function validCase(d: Draw): Inputs {
  const name = d.value(ARB.label);
  const domain = `${d.value(ARB.label)}.${d.one(['com', 'io', 'dev'])}`;
  const kafkaCluster = d.value(ARB.label);
  const mongoCluster = d.value(ARB.label);
  const [kafkaNamespace = 'kafka', mongoNamespace = 'mongodb', ...namespaces] = d.unique(
    ARB.namespace,
    d.int(3, 5),
    (n) => !(n in COMPONENT_NAMESPACES) && !n.startsWith('kube-'),
  );
  if (namespaces.length === 0) namespaces.push('apps');
  const kafkaClientNamespace = namespaces[0]!;
  const gatewayCount = d.int(0, 3);
  const reserved = new Set([
    ...Object.keys(NAMESPACE_OBJECTS),
    `${kafkaCluster}-cluster-ca-cert`,
    `${mongoCluster}-ca`,
    'redis-ca',
    `${name}-overview`,
  ]);
  // At least one service, and (below) at least one Kafka client: the charts of the backbone always run.
  const names = d.unique(
    ARB.workloadName,
    gatewayCount + d.int(1, 6),
    (n) => !reserved.has(n) && !/-(secrets|reader|source)$/.test(n),
  );
  const gatewayNames = names.slice(0, gatewayCount);
  const serviceNames = names.slice(gatewayCount);
  const sizeNames = d.unique(ARB.label, d.int(1, 3));
  const topics = d.unique(ARB.topic, d.int(1, 4));

  const common = (workload: string) => ({
    namespace: d.one(namespaces),
    ...(d.bool() ? { port: notReserved(d.int(1024, 65535 - 91)) } : {}),
    ...(d.bool() ? { protocol: d.one(['http', 'grpc'] as const) } : {}),
    size: d.one(sizeNames),
    calls: d.some(
      serviceNames.filter((s) => s !== workload),
      3,
    ),
    secrets: d.unique(ARB.secretKey, d.int(0, 2), (k) => !IMPLIED_SECRETS.includes(k)),
    kubernetesApi: d.bool(),
    availabilityObjective: d.value(ARB.objective),
    ...(d.bool() ? { metricsPath: d.value(ARB.httpPath) } : {}),
    ...(d.bool() ? { healthPaths: { readiness: d.value(ARB.httpPath), liveness: d.value(ARB.httpPath) } } : {}),
    // One port and protocol per host (workloads of a namespace share a host's ServiceEntry).
    externalHosts: d.some(Object.keys(EXTERNAL_HOSTS), 2).map((host) => ({ host, ...EXTERNAL_HOSTS[host] })),
  });
  const gateways: Gateway[] = gatewayNames.map((gateway, i) => ({
    name: gateway,
    ...common(gateway),
    host: `h${i}-${d.value(ARB.label)}`,
    paths: d.unique(ARB.httpPath, d.int(1, 3)),
  }));
  // The Cloud SQL instance's engine: its clients declare it (uses.mysql or uses.postgresql).
  const sqlEngine = d.one(['MYSQL_8_0', 'POSTGRES_16'] as const);
  const sql = sqlEngine === 'MYSQL_8_0' ? 'mysql' : 'postgresql';
  const services: Service[] = serviceNames.map((service, i) => {
    const fields = common(service);
    // The first service is always a Kafka client (Kafka clients share one namespace).
    if (i === 0) fields.namespace = kafkaClientNamespace;
    const kafka = topics.length > 0 && fields.namespace === kafkaClientNamespace && (i === 0 || d.bool());
    const uses = { kafka, mongodb: d.bool(), [sql]: d.bool(), redis: d.bool() };
    if (!kafka) return { name: service, ...fields, uses };
    const produces = d.some(topics);
    const consumes = d.some(topics);
    if (produces.length + consumes.length === 0) produces.push(d.one(topics));
    return { name: service, ...fields, uses, topics: { produces, consumes } };
  });
  const usesOf = (what: 'kafka' | 'mongodb' | 'mysql' | 'postgresql') => services.some((s) => s.uses?.[what]);

  const dedicatedControllers = d.bool();
  const platform: PlatformInput = {
    name,
    cluster: {
      region: 'europe-west1',
      zones: d.one([['europe-west1-b'], ['europe-west1-b', 'europe-west1-c', 'europe-west1-d']]),
      dataplaneV2: d.bool(),
    },
    domain,
    gcpProject: `${d.value(ARB.shortName)}-{env}-cloud`,
    artifactRegistry: { location: 'europe-west1', repository: d.value(ARB.label) },
    namespaces,
    gateways,
    services,
    backingServices: {
      kafka: {
        cluster: kafkaCluster,
        namespace: kafkaNamespace,
        dedicatedControllers,
        topics: topics.map((topic) => ({ name: topic, partitions: d.int(1, 1000) })),
      },
      mongodb: {
        cluster: mongoCluster,
        namespace: mongoNamespace,
        users: services.filter((s) => s.uses?.mongodb).map((s) => s.name),
        backupBucket: `${d.value(ARB.bucketPrefix)}-{env}-backups`,
        backupSchedule: `${d.int(0, 59)} ${d.int(0, 23)} * * *`,
        pointInTimeRecovery: d.bool(),
      },
      cloudSql: {
        ...(d.bool() ? { region: 'europe-west1' } : {}),
        instance: d.one(['sql', 'sql-{env}']),
        engine: sqlEngine,
        proxyImage: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0',
      },
      redis: { host: 'redis.internal.example' },
      privateServicesCidr: '10.64.0.0/16',
      controlPlaneCidr: '172.16.0.0/28',
      nodesCidr: '10.0.0.0/20',
    },
    ingressGateway: { name: 'ingress', namespace: 'istio-ingress' },
    tls: { clusterIssuer: 'letsencrypt', acmeEmail: `ops@${domain}` },
    gitops: { repoURL: `https://git.example.com/${name}/manifests.git` },
  };

  const environments = d.unique(ARB.shortName, d.int(1, 3)).map((env, i): EnvironmentInput => {
    // Only one environment, the production one, may use the platform's domain itself.
    const apex = i === 0 && d.bool();
    const highAvailability = d.bool();
    const bounds = () => {
      const min = d.int(highAvailability ? 2 : 1, 6);
      return { min, max: min + d.int(0, 6) };
    };
    const imageTagScheme = { prefix: d.value(ARB.label), version: d.one(['commit', 'semver'] as const) };
    return {
      name: env,
      domain: apex ? domain : `${env}.${domain}`,
      ...(apex ? { production: true } : {}),
      highAvailability,
      ...(d.bool() ? { ingressAddress: `203.0.113.${d.int(1, 254)}` } : {}),
      imageTagScheme,
      imageTag: d.tag(imageTagScheme),
      ingressAllowList: d.unique(ARB.cidr, d.int(0, 2)),
      replicas: bounds(),
      sizes: Object.fromEntries(sizeNames.map((s) => [s, d.value(ARB.size)])),
      mesh: {
        maxConnections: d.int(1, 10000),
        maxPendingRequests: d.int(1, 10000),
        maxRequests: d.int(1, 10000),
        consecutive5xxErrors: d.int(1, 100),
        baseEjectionSeconds: d.int(1, 3600),
        maxEjectionPercent: d.int(1, 100),
      },
      alerts: {
        errorRatePercent: d.value(ARB.errorRate),
        latencyP99Ms: d.int(1, 60000),
        saturationPercent: d.int(1, 100),
      },
      operators: OPERATOR_CHARTS,
      ...(usesOf(sql) || d.bool() ? { cloudSqlProxy: d.value(ARB.size) } : {}),
      storage: { kafkaBrokerGiB: d.int(1, 10000), mongodbGiB: d.int(1, 10000) },
      ...(usesOf('kafka') || d.bool()
        ? {
            kafka: {
              resources: d.value(ARB.size),
              retentionHours: d.int(1, 10000),
              topicRetentionHours: Object.fromEntries(d.some(topics).map((t) => [t, d.int(1, 10000)])),
              ...(dedicatedControllers
                ? { controllers: { resources: d.value(ARB.size), storageGiB: d.int(1, 100) } }
                : {}),
            },
          }
        : {}),
      ...(usesOf('mongodb') || d.bool()
        ? {
            mongodb: {
              resources: d.value(ARB.size),
              backup: { keep: d.int(1, 60) },
            },
          }
        : {}),
      workloads: Object.fromEntries(
        d
          .some(names, 3)
          .map((w) => [
            w,
            { ...(d.bool() ? { replicas: bounds() } : {}), ...(d.bool() ? { imageTag: d.tag(imageTagScheme) } : {}) },
          ]),
      ),
    };
  });
  return { platform, environments };
}

/** A platform description and its environments that satisfy every rule of lib/config. */
export const validInputs: fc.Arbitrary<Inputs> = fc.gen().map((g) => validCase(new Draw(g)));

/** A mutation applies to some inputs only; it changes them in place and returns the problem expected. */
interface Mutation {
  readonly name: string;
  readonly apply: (inputs: Inputs, d: Draw) => string | undefined;
}

interface Located<T> {
  readonly spec: T;
  /** `gateways.<name>` or `services.<name>`: the path prefix loadPlatform reports. */
  readonly at: string;
}

const workloadsOf = (p: PlatformInput): Located<Gateway | Service>[] => [
  ...p.gateways.map((spec) => ({ spec, at: `gateways.${spec.name}` })),
  ...p.services.map((spec) => ({ spec, at: `services.${spec.name}` })),
];
const pick = <T>(d: Draw, items: readonly T[]): T | undefined => (items.length === 0 ? undefined : d.one(items));
const pickEnv = (d: Draw, inputs: Inputs) => d.one(inputs.environments);
/** Pushes `item` onto a list that may be left out of the input, and returns its index. */
function push<T>(list: T[] | undefined, set: (l: T[]) => void, item: T): number {
  const l = list ?? [];
  set(l);
  return l.push(item) - 1;
}
const allNames = (p: PlatformInput) => new Set(workloadsOf(p).map((w) => w.spec.name));

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'call to an unknown workload',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w || allNames(platform).has('no-such-workload')) return undefined;
      const i = push(w.spec.calls, (l) => (w.spec.calls = l), 'no-such-workload');
      return `platform: ${w.at}.calls.${i}: calls unknown workload "no-such-workload"`;
    },
  },
  {
    name: 'a workload calling itself',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      const i = push(w.spec.calls, (l) => (w.spec.calls = l), w.spec.name);
      return `platform: ${w.at}.calls.${i}: a workload cannot call itself`;
    },
  },
  {
    name: 'a call to an API gateway',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      const gateway = pick(
        d,
        platform.gateways.filter((x) => x.name !== w?.spec.name),
      );
      if (!w || !gateway) return undefined;
      push(w.spec.calls, (l) => (w.spec.calls = l), gateway.name);
      return `platform: ${w.at}.calls: API gateways are reached only from the ingress, not called by workloads`;
    },
  },
  {
    name: 'a name that is not a DNS-1035 label',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      const bad = d.one(['Upper-case', '9starts-with-digit', 'ends-with-dash-', 'under_score']);
      w.spec.name = bad;
      return `platform: ${w.at.split('.')[0]}.${bad}.name: must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter (got "${bad}")`;
    },
  },
  {
    name: 'a name too long for its GCP service account',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      w.spec.name = `${w.spec.name}-${'x'.repeat(31 - w.spec.name.length)}`.slice(0, 40);
      return `platform: ${w.at.split('.')[0]}.${w.spec.name}.name: must be 6 to 30 characters: it is also the id of the GCP service account`;
    },
  },
  {
    name: 'a name taken by an object of every namespace',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      const taken = d.one([...Object.keys(NAMESPACE_OBJECTS)]);
      if (!w || allNames(platform).has(taken)) return undefined;
      for (const other of workloadsOf(platform)) {
        other.spec.calls = other.spec.calls?.map((c) => (c === w.spec.name ? taken : c));
      }
      const users = platform.backingServices.mongodb!.users;
      platform.backingServices.mongodb!.users = users?.map((u) => (u === w.spec.name ? taken : u));
      w.spec.name = taken;
      return `platform: ${w.at.split('.')[0]}.${taken}.name: "${taken}" is taken by ${NAMESPACE_OBJECTS[taken]} of every application namespace`;
    },
  },
  {
    name: 'an image tagged latest',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const w = pick(d, [...allNames(inputs.platform)]);
      if (!w) return undefined;
      env.workloads = { ...env.workloads, [w]: { ...env.workloads?.[w], imageTag: 'latest' } };
      return `${env.name}: workloads.${w}.imageTag: must name a release: "latest" is not reproducible`;
    },
  },
  {
    name: 'an image tag outside the tag scheme',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const w = pick(d, [...allNames(inputs.platform)]);
      if (!w) return undefined;
      const { prefix, version } = env.imageTagScheme;
      const tag = d.one([`${prefix}-v1.2`, `${prefix}x-v1.2.3`, `${prefix}-abc`, 'v1.2.3', 'main']);
      env.workloads = { ...env.workloads, [w]: { ...env.workloads?.[w], imageTag: tag } };
      const form = `${prefix}-${version === 'commit' ? '<commit>' : 'v<major>.<minor>.<patch>'}`;
      return `${env.name}: workloads.${w}.imageTag: must follow the environment's tag scheme "${form}" (got "${tag}")`;
    },
  },
  {
    name: 'replicas.min above replicas.max',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const max = d.int(2, 10);
      env.replicas = { min: max + 1, max };
      return `${env.name}: replicas.min: must be <= max (${max}) (got ${max + 1})`;
    },
  },
  {
    name: 'one replica in a highAvailability environment',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      env.highAvailability = true;
      env.replicas = { min: 1, max: env.replicas.max };
      return `${env.name}: replicas.min: must be >= 2 in a highAvailability environment (got 1)`;
    },
  },
  {
    name: 'an unknown size class',
    apply: (inputs, d) => {
      const w = pick(d, workloadsOf(inputs.platform));
      const env = pickEnv(d, inputs);
      if (!w || 'no-such-size' in env.sizes) return undefined;
      w.spec.size = 'no-such-size';
      return `${env.name}: sizes: has no size "no-such-size" (used by ${w.at})`;
    },
  },
  {
    name: 'limits below requests',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const name = pick(d, Object.keys(env.sizes))!;
      const amount = d.one(['cpuMillis' as const, 'memoryMiB' as const]);
      const s = env.sizes[name]!;
      s.requests[amount] = Math.max(2, s.requests[amount]);
      s.limits[amount] = s.requests[amount] - 1;
      return `${env.name}: sizes.${name}.limits.${amount}: must be >= requests.${amount} (${s.requests[amount]}) (got ${s.limits[amount]})`;
    },
  },
  {
    name: 'a prefix of a host routed to two gateways',
    apply: ({ platform }, d) => {
      if (platform.gateways.length < 2) return undefined;
      const j = d.int(1, platform.gateways.length - 1);
      const i = d.int(0, j - 1);
      const [first, second] = [platform.gateways[i]!, platform.gateways[j]!];
      // Sharing a host is fine; routing a prefix of it twice is not.
      const prefix = first.paths?.[0] ?? '/';
      Object.assign(second, {
        host: first.host,
        namespace: first.namespace,
        internal: first.internal,
        rateLimit: first.rateLimit,
        paths: [prefix],
      });
      return `platform: gateways.${second.name}.paths.0: prefix "${prefix}" of host "${first.host}" is already routed to ${first.name}`;
    },
  },
  {
    name: 'a path listed twice',
    apply: ({ platform }, d) => {
      const gateway = pick(d, platform.gateways);
      if (!gateway) return undefined;
      const path = gateway.paths?.[0] ?? '/';
      gateway.paths = [...(gateway.paths ?? ['/']), path];
      return `platform: gateways.${gateway.name}.paths: "${path}" is listed twice`;
    },
  },
  {
    name: 'a topic that is not declared',
    apply: ({ platform }, d) => {
      const service = pick(d, platform.services);
      const topic = 'no-such.topic';
      const declared = (platform.backingServices.kafka!.topics ?? []).map((t) => t.name);
      if (!service || declared.includes(topic)) return undefined;
      const direction = d.one(['produces' as const, 'consumes' as const]);
      const topics = (service.topics = { ...service.topics });
      const k = push(topics[direction], (l) => (topics[direction] = l), topic);
      return `platform: services.${service.name}.topics.${direction}.${k}: ${direction} unknown topic "${topic}" (declared: ${declared.join(', ') || 'none'})`;
    },
  },
  {
    name: 'uses.kafka without topics',
    apply: ({ platform }, d) => {
      const service = pick(
        d,
        platform.services.filter((s) => s.uses?.kafka),
      );
      if (!service) return undefined;
      service.topics = { produces: [], consumes: [] };
      return `platform: services.${service.name}.uses.kafka: uses Kafka but produces and consumes no topic: list them under topics`;
    },
  },
  {
    name: 'a MongoDB user for a service without uses.mongodb',
    apply: ({ platform }, d) => {
      const service = pick(
        d,
        platform.services.filter((s) => !s.uses?.mongodb),
      );
      if (!service) return undefined;
      const mongodb = platform.backingServices.mongodb!;
      const k = push(mongodb.users, (l) => (mongodb.users = l), service.name);
      return `platform: backingServices.mongodb.users.${k}: gives MongoDB access to "${service.name}", which does not declare uses.mongodb`;
    },
  },
  {
    name: 'a port below 1024 or above 65535',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      const port = d.one([0, 80, 1023, 65536]);
      w.spec.port = port;
      return `platform: ${w.at}.port: ${port < 1024 ? 'must be >= 1024' : 'must be <= 65535'} (got ${port})`;
    },
  },
  {
    name: 'an unknown protocol',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      (w.spec as { protocol: unknown }).protocol = 'tcp';
      return `platform: ${w.at}.protocol: must be one of "http", "grpc" (got "tcp")`;
    },
  },
  {
    name: 'an undeclared namespace',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w || platform.namespaces.includes('elsewhere')) return undefined;
      w.spec.namespace = 'elsewhere';
      return `platform: ${w.at}.namespace: unknown namespace "elsewhere" (declared: ${platform.namespaces.join(', ')})`;
    },
  },
  {
    name: 'an application namespace that belongs to a platform component',
    apply: ({ platform }, d) => {
      const taken = d.one([...Object.keys(COMPONENT_NAMESPACES)]);
      const i = push(platform.namespaces, (l) => (platform.namespaces = l), taken);
      return `platform: namespaces.${i}: "${taken}" is the namespace of ${COMPONENT_NAMESPACES[taken]}, not an application namespace (each gets a deny-all NetworkPolicy)`;
    },
  },
  {
    name: 'a secret already implied by uses',
    apply: ({ platform }, d) => {
      const service = pick(
        d,
        platform.services.filter((s) => s.uses?.mysql || s.uses?.postgresql || s.uses?.redis),
      );
      if (!service) return undefined;
      const [key, use] = service.uses?.mysql
        ? ['mysql-password', 'mysql']
        : service.uses?.postgresql
          ? ['pgpassword', 'postgresql']
          : ['redis-auth', 'redis'];
      const k = push(service.secrets, (l) => (service.secrets = l), key);
      return `platform: services.${service.name}.secrets.${k}: "${key}" is already implied by uses.${use}`;
    },
  },
  {
    name: 'a secret whose environment variable starts with a digit',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      const key = d.one(['1password', '2fa-seed']);
      const k = push(w.spec.secrets, (l) => (w.spec.secrets = l), key);
      const variable = key.toUpperCase().replaceAll('-', '_');
      return `platform: ${w.at}.secrets.${k}: must start with a letter: Kubernetes rejects its environment variable name "${variable}"`;
    },
  },
  {
    name: 'an override of an unknown workload',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      if (allNames(inputs.platform).has('ghost-workload')) return undefined;
      env.workloads = { ...env.workloads, 'ghost-workload': { replicas: { min: 2, max: 2 } } };
      return `${env.name}: workloads.ghost-workload: unknown workload "ghost-workload"`;
    },
  },
  {
    name: 'an unknown field',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      (w.spec as Record<string, unknown>).replica = 3;
      return `platform: ${w.at}.replica: unknown field`;
    },
  },
  {
    name: 'a wildcard external host',
    apply: ({ platform }, d) => {
      const w = pick(d, workloadsOf(platform));
      if (!w) return undefined;
      const i = push(w.spec.externalHosts, (l) => (w.spec.externalHosts = l), { host: '*.example.com' });
      return `platform: ${w.at}.externalHosts.${i}.host: "*.example.com" is a wildcard: name each host the workload calls`;
    },
  },
  {
    name: 'a domain outside the platform zone',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const domain = `not-${inputs.platform.domain}`;
      env.domain = domain;
      return `${env.name}: domain: must be "${inputs.platform.domain}" or a subdomain of it (got "${domain}")`;
    },
  },
  {
    name: 'Cloud SQL without the proxy size',
    apply: (inputs, d) => {
      const engine = inputs.platform.services.some((s) => s.uses?.mysql)
        ? 'MySQL'
        : inputs.platform.services.some((s) => s.uses?.postgresql)
          ? 'PostgreSQL'
          : undefined;
      if (engine === undefined) return undefined;
      const env = pickEnv(d, inputs);
      delete env.cloudSqlProxy;
      return `${env.name}: cloudSqlProxy: is required: some services use ${engine} through the Cloud SQL Auth Proxy`;
    },
  },
  {
    name: 'retention of an unknown topic',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const declared = (inputs.platform.backingServices.kafka!.topics ?? []).map((t) => t.name);
      if (!env.kafka || declared.includes('no-such.topic')) return undefined;
      env.kafka.topicRetentionHours = { ...env.kafka.topicRetentionHours, 'no-such.topic': 24 };
      return `${env.name}: kafka.topicRetentionHours.no-such.topic: unknown topic "no-such.topic"`;
    },
  },
  {
    name: 'an invalid CIDR in the allow-list',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      const bad = d.one(['10.0.0.0/33', '256.0.0.0/8', '10.0.0.0']);
      const i = push(env.ingressAllowList, (l) => (env.ingressAllowList = l), bad);
      return `${env.name}: ingressAllowList.${i}: must be an IPv4 CIDR such as "203.0.113.0/24" (got "${bad}")`;
    },
  },
  {
    name: 'a number given as a string',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      (env.replicas as { max: unknown }).max = String(env.replicas.max);
      return `${env.name}: replicas.max: must be number (got "${env.replicas.max}")`;
    },
  },
  {
    name: 'a required field left out',
    apply: ({ platform }, d) => {
      const field = d.one(['domain' as const, 'gcpProject' as const, 'namespaces' as const]);
      delete (platform as Partial<PlatformInput>)[field];
      return `platform: ${field}: is required`;
    },
  },
  {
    name: 'two environments with one name',
    apply: (inputs, d) => {
      const env = pickEnv(d, inputs);
      inputs.environments.push(structuredClone(env));
      return `${env.name}: name: two environments are named "${env.name}"`;
    },
  },
];

/**
 * Valid inputs with one mutation applied, and the problem line it must cause. The mutations are tried in
 * a random order; the first that applies is taken (some always apply).
 */
export const invalidInputs: fc.Arbitrary<{ inputs: Inputs; mutation: string; expected: string }> = fc
  .tuple(validInputs, fc.gen())
  .map(([valid, g]) => {
    const d = new Draw(g);
    const inputs = structuredClone(valid);
    const untried = [...MUTATIONS];
    while (untried.length > 0) {
      const [mutation] = untried.splice(d.int(0, untried.length - 1), 1);
      const expected = mutation!.apply(inputs, d);
      if (expected !== undefined) return { inputs, mutation: mutation!.name, expected };
    }
    throw new Error('no mutation applies');
  });
