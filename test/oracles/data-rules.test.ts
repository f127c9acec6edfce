/**
 * The rules the data services (Kafka, MongoDB, Cloud SQL, Redis) add: to the description (their checks
 * and schema fragments) and to the reference check (the Secrets their operators publish).
 */
import { loadPlatform } from '../../lib/config/load';
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';
import { configProblems, orofiInputs } from '../helpers';
import { secretReferenceProblems } from '../../lib/references';
import type { KubeObject } from '../../lib/validate';
import { cloudSqlPlatformSchema, CLOUD_SQL_VERSIONS, engineOf } from '../../charts/backing/cloud-sql/schema';
import { kafkaEnvironmentShape, kafkaPlatformSchema, kafkaServiceShape } from '../../charts/backing/kafka/schema';
import { mongodbEnvironmentShape, mongodbPlatformSchema } from '../../charts/backing/mongodb/schema';
import { redisPlatformSchema } from '../../charts/backing/redis/schema';

/*
 * The rules Kafka, MongoDB, Cloud SQL and Redis add to the description (`check` of each in
 * charts/backing/), each broken on purpose in a copy of the real inputs, with the exact line the
 * documented error format gives ("<where>: <path>: <problem>", one line per problem): what an environment
 * must size when a service uses a data service, the names and namespaces the data services take, the
 * backup schedule's cron fields, the warnings on topics. The rules config.test.ts already pins are not
 * repeated here.
 */
type Inputs = { platform: PlatformInput; environments: EnvironmentInput[] };

/** The real inputs, with no digest required unless `pinned` (so that only the rule under test reports). */
function inputs(pinned = false): Inputs {
  const copy = orofiInputs();
  for (const e of copy.environments) {
    if (!pinned) e.requireImageDigests = false;
    // The environments share one object of operator charts: each gets its own, to break one alone.
    e.operators = { ...e.operators };
  }
  return copy;
}

/** The problems reported for the real inputs after `mutate` broke them (none: an empty list). */
function problemsAfter(mutate: (i: Inputs) => void, pinned = false): readonly string[] {
  const i = inputs(pinned);
  mutate(i);
  return configProblems(i.platform, i.environments);
}

/** The warnings of the real inputs after `mutate` changed them (placeholder digests aside). */
function warningsAfter(mutate: (i: Inputs) => void): readonly string[] {
  const i = inputs();
  mutate(i);
  return loadPlatform(i.platform, i.environments).warnings.filter((w) => w.startsWith('platform: '));
}

const env = (i: Inputs, name: string) => i.environments.find((e) => e.name === name)!;

test('the real inputs pass (so each problem below is the one planted)', () => {
  expect(problemsAfter(() => {})).toEqual([]);
  expect(warningsAfter(() => {})).toEqual([]);
});

test('an environment must size the volumes and name the operators of the data services its services use', () => {
  expect(
    problemsAfter((i) => {
      delete env(i, 'staging').storage!.kafkaBrokerGiB;
      delete env(i, 'staging').operators!.strimzi;
      delete env(i, 'production').storage!.mongodbGiB;
      delete env(i, 'production').operators!.psmdbOperator;
    }),
  ).toEqual([
    'staging: storage.kafkaBrokerGiB: is required: some services use Kafka',
    'staging: operators.strimzi: is required: some services use Kafka',
    'production: storage.mongodbGiB: is required: some services use MongoDB',
    'production: operators.psmdbOperator: is required: some services use MongoDB',
  ]);
});

test("the data services' sizes are checked at their paths: MongoDB's members, Kafka's controllers", () => {
  const { environments } = orofiInputs();
  const staging = environments.find((e) => e.name === 'staging')!;
  expect(
    problemsAfter((i) => {
      env(i, 'staging').mongodb!.resources.limits.memoryMiB = 1;
      env(i, 'staging').kafka!.controllers!.resources.limits.cpuMillis = 1;
    }),
  ).toEqual([
    `staging: kafka.controllers.resources.limits.cpuMillis: must be >= requests.cpuMillis (${staging.kafka!.controllers!.resources.requests.cpuMillis}) (got 1)`,
    `staging: mongodb.resources.limits.memoryMiB: must be >= requests.memoryMiB (${staging.mongodb!.resources.requests.memoryMiB}) (got 1)`,
  ]);
});

test("with a description that does not parse, the environments' data-service sizes are still reported, at once", () => {
  const problems = problemsAfter((i) => {
    (i.platform as { cluster: unknown }).cluster = 'us-central1-a';
    env(i, 'dev').mongodb!.resources.limits.cpuMillis = 1;
    env(i, 'dev').kafka!.resources.limits.cpuMillis = 1;
  });
  const { environments } = orofiInputs();
  const dev = environments.find((e) => e.name === 'dev')!;
  expect(problems.filter((p) => p.startsWith('dev: '))).toEqual([
    `dev: kafka.resources.limits.cpuMillis: must be >= requests.cpuMillis (${dev.kafka!.resources.requests.cpuMillis}) (got 1)`,
    `dev: mongodb.resources.limits.cpuMillis: must be >= requests.cpuMillis (${dev.mongodb!.resources.requests.cpuMillis}) (got 1)`,
  ]);
  expect(problems.filter((p) => p.startsWith('platform: cluster')).length).toBe(1);
});

test('a platform whose services use no Kafka, MongoDB, SQL or Redis needs none of their settings', () => {
  const unused = (bucket: string | undefined) =>
    problemsAfter((i) => {
      for (const s of i.platform.services) {
        s.uses = {};
        delete s.topics;
      }
      i.platform.backingServices.mongodb!.users = [];
      i.platform.backingServices.mongodb!.backupBucket = bucket;
      if (bucket === undefined) delete i.platform.backingServices.mongodb!.backupBucket;
      for (const e of i.environments) {
        delete e.kafka;
        delete e.mongodb;
        delete e.cloudSqlProxy;
        delete e.storage;
        delete e.operators!.strimzi;
        delete e.operators!.psmdbOperator;
      }
      // Not used, an invalid instance id names no instance.
      i.platform.backingServices.cloudSql!.instance = '{env}_DB';
    });
  // No backup bucket, or one that is no valid bucket name: no MongoDB, no backups.
  expect(unused(undefined)).toEqual([]);
  expect(unused('{env}_Backups')).toEqual([]);
});

test('with no topic declared, every topic a service names is unknown, "none" declared', () => {
  const { platform } = orofiInputs();
  const expected = platform.services.flatMap((s) =>
    (['produces', 'consumes'] as const).flatMap((direction) =>
      (s.topics?.[direction] ?? []).map(
        (topic, j) =>
          `platform: services.${s.name}.topics.${direction}.${j}: ${direction} unknown topic "${topic}" (declared: none)`,
      ),
    ),
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(
    problemsAfter((i) => {
      i.platform.backingServices.kafka!.topics = [];
      for (const e of i.environments) delete e.kafka!.topicRetentionHours;
    }),
  ).toEqual(expected);
});

test('a topic nobody produces, consumes, or both, is legal, and warned about with who uses it', () => {
  expect(
    warningsAfter((i) => {
      const kafka = i.platform.backingServices.kafka!;
      kafka.topics!.push(
        { name: 'billing.invoice-issued', partitions: 3 },
        { name: 'billing.invoice-paid', partitions: 3 },
        { name: 'billing.invoice-voided', partitions: 3 },
      );
      // Two readers of a topic nobody writes, two writers of one nobody reads (listed sorted).
      const [a, b] = i.platform.services.filter((s) => s.uses?.kafka);
      for (const s of [b!, a!]) {
        s.topics = {
          produces: [...(s.topics?.produces ?? []), 'billing.invoice-voided'],
          consumes: [...(s.topics?.consumes ?? []), 'billing.invoice-paid'],
        };
      }
    }),
  ).toEqual([
    'platform: backingServices.kafka.topics.billing.invoice-issued: no service produces or consumes it',
    `platform: backingServices.kafka.topics.billing.invoice-paid: consumed by ${pair()} but produced by no service`,
    `platform: backingServices.kafka.topics.billing.invoice-voided: produced by ${pair()} but consumed by no service`,
  ]);
});

/** The first two Kafka clients of the description, sorted and joined as the warnings list them. */
function pair(): string {
  return orofiInputs()
    .platform.services.filter((s) => s.uses?.kafka)
    .slice(0, 2)
    .map((s) => s.name)
    .sort()
    .join(', ');
}

test("MongoDB's operator keeps its namespace even when no service uses MongoDB: no application may take it", () => {
  expect(
    problemsAfter((i) => {
      for (const s of i.platform.services) s.uses = { ...s.uses, mongodb: false };
      i.platform.backingServices.mongodb!.users = [];
      i.platform.namespaces.push('mongodb');
    }),
  ).toEqual([
    'platform: namespaces.2: "mongodb" is the namespace of the MongoDB operator (backingServices.mongodb.namespace), not an application namespace (each gets a deny-all NetworkPolicy)',
  ]);
});

test('one backup bucket per environment: its name may not depend on a service', () => {
  expect(
    problemsAfter((i) => {
      i.platform.backingServices.mongodb!.backupBucket = 'orofi-{env}-{service}-backups';
    }),
  ).toEqual([
    'platform: backingServices.mongodb.backupBucket: must not contain "{service}": one bucket per environment holds the replica set\'s backups',
  ]);
});

test("MongoDB's namespace names its secret store's GCP service account, which must be 6 to 30 characters", () => {
  expect(
    problemsAfter((i) => {
      i.platform.backingServices.mongodb!.namespace = 'document-store-replicas';
    }),
  ).toEqual([
    'platform: backingServices.mongodb.namespace: gives the GCP service account id "document-store-replicas-secrets" (its secret store), which must be 6 to 30 characters',
  ]);
  // 30 characters exactly is a valid id.
  expect(
    problemsAfter((i) => {
      i.platform.backingServices.mongodb!.namespace = 'document-store-replica';
    }),
  ).toEqual([]);
});

test('the names the data services give objects beside their clients are taken', () => {
  /** The problems once the services, in order, are named `names` (the references to them renamed too). */
  const named = (names: readonly string[]) =>
    problemsAfter((i) => {
      const renamed = new Map(i.platform.services.map((s, n) => [s.name, names[n] ?? s.name]));
      const to = (name: string) => renamed.get(name) ?? name;
      for (const s of i.platform.services) s.name = to(s.name);
      for (const w of [...i.platform.gateways, ...i.platform.services]) w.calls = w.calls?.map(to);
      const mongodb = i.platform.backingServices.mongodb!;
      mongodb.users = mongodb.users?.map(to);
      for (const e of i.environments) {
        e.workloads = Object.fromEntries(Object.entries(e.workloads ?? {}).map(([name, w]) => [to(name), w]));
      }
    });
  const mongodb = "the copy of the MongoDB CA in the MongoDB clients' namespaces";
  const redis = "the copy of the Redis server CA in the Redis clients' namespaces";
  const kafka = "the copy of the Kafka cluster CA in the Kafka clients' namespace";
  const cases: [string, string][] = [
    ['mongodb-ca', mongodb],
    ['mongodb-ca-reader', mongodb],
    ['mongodb-ca-source', mongodb],
    ['redis-ca', redis],
    ['redis-ca-reader', redis],
    ['redis-ca-source', redis],
    ['kafka-cluster-ca-cert', kafka],
    ['kafka-cluster-ca-cert-source', kafka],
  ];
  const services = orofiInputs().platform.services.length;
  expect(services).toBeGreaterThan(1);
  for (let n = 0; n < cases.length; n += services) {
    const batch = cases.slice(n, n + services);
    expect(named(batch.map(([name]) => name))).toEqual(
      batch.map(([name, what]) => `platform: services.${name}.name: "${name}" is taken by ${what}`),
    );
  }
});

test("MongoDB's backup schedule: any daily cron of minutes and hours, as Kubernetes parses it", () => {
  // One full load for the line at its path (config.test.ts has others); the rest through the schema alone.
  expect(
    problemsAfter((i) => {
      i.platform.backingServices.mongodb!.backupSchedule = '0 10-24 * * *';
    }),
  ).toEqual([
    'platform: backingServices.mongodb.backupSchedule: must be a daily cron schedule "<minute> <hour> * * *" with minutes 0-59 and hours 0-23 (got "0 10-24 * * *")',
  ]);
  const schedule = mongodbPlatformSchema.shape.backupSchedule;
  const accepted = (cron: string) => [cron, schedule.safeParse(cron).success];
  for (const valid of [
    '0 3 * * *',
    '30 10-12 * * *',
    '15,45 */6 * * *',
    '0 0-23/12 * * *',
    '5-59/10 22 * * *',
    '59 23 * * *',
  ]) {
    expect(accepted(valid)).toEqual([valid, true]);
  }
  for (const invalid of [
    '60 3 * * *',
    '0 24 * * *',
    '0 */0 * * *',
    '0 3 * *',
    'a 3 * * *',
    '0 3 1 * *',
    '0 3 * * 1',
    '0 3-x * * *',
  ]) {
    expect(accepted(invalid)).toEqual([invalid, false]);
  }
});

test("MongoDB's three images are pinned by digest where an environment requires it, as the workloads' are", () => {
  const pinnedIn = orofiInputs()
    .environments.filter((e) => e.requireImageDigests)
    .map((e) => e.name);
  expect(pinnedIn.length).toBeGreaterThan(0);
  const fields = ['image', 'backupImage', 'exporterImage'] as const;
  const tags = fields.map((field) => orofiInputs().platform.backingServices.mongodb![field]!.split('@')[0]!);
  expect(
    problemsAfter((i) => {
      fields.forEach((field, n) => (i.platform.backingServices.mongodb![field] = tags[n]));
    }, true),
  ).toEqual(
    fields.map(
      (field, n) =>
        `platform: backingServices.mongodb.${field}: must be pinned by digest ("<image>:<tag>@sha256:<64 hex digits>") (got "${tags[n]}"; required in ${pinnedIn.join(', ')})`,
    ),
  );
  // Where no environment requires digests, the tags alone are accepted.
  expect(
    problemsAfter((i) => {
      fields.forEach((field, n) => (i.platform.backingServices.mongodb![field] = tags[n]));
    }),
  ).toEqual([]);
});

/*
 * The Secrets the data services' operators publish, as lib/references.ts must know them (the plug-ins'
 * `references.published`), on hand-made objects: Strimzi publishes a Kafka cluster's CA certificate as
 * `<cluster>-cluster-ca-cert` beside it; the Percona operator keeps a replica set's TLS certificate in
 * `spec.secrets.ssl`, by default `<cluster>-ssl`. A copy of either (through External Secrets' Kubernetes
 * provider) reads a Secret that exists; a copy of any other name does not.
 * @see https://strimzi.io/docs/operators/latest/deploying#cluster-ca-secrets
 * @see https://docs.percona.com/percona-operator-for-mongodb/TLS.html
 */
const object = (apiVersion: string, kind: string, name: string, namespace: string, spec: object): KubeObject => ({
  apiVersion,
  kind,
  metadata: { name, namespace },
  spec,
});
const problems = (...objects: KubeObject[]) =>
  secretReferenceProblems(objects.map((o) => ({ object: o, where: `w:${o.kind}` })));

/** A store in `apps` copying from `data`, and a copy of the Secret `source` through it. */
const store = object('external-secrets.io/v1', 'SecretStore', 'copier', 'apps', {
  provider: { kubernetes: { remoteNamespace: 'data' } },
});
const copyOf = (source: string) =>
  object('external-secrets.io/v1', 'ExternalSecret', 'copy', 'apps', {
    secretStoreRef: { kind: 'SecretStore', name: 'copier' },
    target: { name: 'copy' },
    data: [{ secretKey: 'ca.crt', remoteRef: { key: source, property: 'ca.crt' } }],
  });
const missing = (source: string) => [
  `w:ExternalSecret: spec.data[0].remoteRef: Secret "${source}" is created by no ExternalSecret or operator in namespace "data"`,
];

test('a Kafka cluster publishes its CA certificate as <cluster>-cluster-ca-cert, in its namespace', () => {
  const kafka = (namespace = 'data') => object('kafka.strimzi.io/v1', 'Kafka', 'events', namespace, {});
  expect(problems(store, kafka(), copyOf('events-cluster-ca-cert'))).toEqual([]);
  expect(problems(store, kafka(), copyOf('events-clients-ca-cert'))).toEqual(missing('events-clients-ca-cert'));
  expect(problems(store, kafka('elsewhere'), copyOf('events-cluster-ca-cert'))).toEqual(
    missing('events-cluster-ca-cert'),
  );
  expect(problems(store, copyOf('events-cluster-ca-cert'))).toEqual(missing('events-cluster-ca-cert'));
});

test("a replica set's TLS certificate is the Secret spec.secrets.ssl names, <cluster>-ssl by default", () => {
  const psmdb = (spec: object) => object('psmdb.percona.com/v1', 'PerconaServerMongoDB', 'store', 'data', spec);
  expect(problems(store, psmdb({}), copyOf('store-ssl'))).toEqual([]);
  expect(problems(store, psmdb({ secrets: {} }), copyOf('store-ssl'))).toEqual([]);
  expect(problems(store, psmdb({ secrets: { ssl: 'store-tls' } }), copyOf('store-tls'))).toEqual([]);
  expect(problems(store, psmdb({ secrets: { ssl: 'store-tls' } }), copyOf('store-ssl'))).toEqual(missing('store-ssl'));
  expect(problems(store, copyOf('store-ssl'))).toEqual(missing('store-ssl'));
});

/*
 * The data services' fragments of the description's schema (charts/backing/<kind>/schema.ts), through
 * the schemas alone: the defaults a description may leave out, each the documented choice (Kafka 4.3.1
 * on its TLS listener 9093, Strimzi 1.2's; Percona Server for MongoDB 8.0.17-6, replica set rs0 on 27017,
 * a daily backup at 03:00 UTC with point-in-time recovery; Memorystore's in-transit encryption port 6378;
 * Cloud SQL for MySQL 8.0, the seed's), and the rules of the fields that have one, with their messages.
 * @see docs/design/kafka.md, docs/design/mongodb.md, docs/design/workloads.md
 */
/** The messages of a failed parse, as `<path>: <message>`; none when it passes. */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const size = { requests: { cpuMillis: 100, memoryMiB: 256 }, limits: { cpuMillis: 200, memoryMiB: 256 } };

test('Kafka: the defaults, and topic names that are Kubernetes names too', () => {
  expect(kafkaPlatformSchema.parse({ cluster: 'events', namespace: 'streaming' })).toEqual({
    cluster: 'events',
    namespace: 'streaming',
    port: 9093,
    version: '4.3.1',
    dedicatedControllers: false,
    topics: [],
  });
  const topics = (...names: string[]) =>
    issues(kafkaPlatformSchema.safeParse({ cluster: 'k', namespace: 'k', topics: names.map((name) => ({ name })) }));
  expect(kafkaPlatformSchema.parse({ cluster: 'k', namespace: 'k', topics: [{ name: 'a.b-c' }] }).topics).toEqual([
    { name: 'a.b-c', partitions: 3 },
  ]);
  expect(topics('orders.placed', 'a', '0-9')).toEqual([]);
  const name = 'must be a topic name that is also a Kubernetes name: lower-case letters, digits, "." and "-"';
  expect(topics('Orders', '.orders', 'orders-', 'or_ders', `a${'b'.repeat(249)}`)).toEqual([
    `topics.0.name: ${name}`,
    `topics.1.name: ${name}`,
    `topics.2.name: ${name}`,
    `topics.3.name: ${name}`,
    'topics.4.name: must be at most 249 characters',
  ]);
  expect(
    issues(
      kafkaPlatformSchema.safeParse({
        cluster: 'k',
        namespace: 'k',
        version: '4.3',
        topics: [
          { name: 'a', partitions: 0 },
          { name: 'b', partitions: 1001 },
          { name: 'c', partitions: 1000 },
        ],
      }),
    ).map((p) => p.split(':')[0]),
  ).toEqual(['version', 'topics.0.partitions', 'topics.1.partitions']);
  expect(issues(kafkaPlatformSchema.safeParse({ cluster: 'k', namespace: 'k', version: '4.3' }))).toEqual([
    'version: must be a Kafka version such as "4.3.1"',
  ]);
  // A service lists nothing unless it says so; an environment overrides no topic's retention unless it says so.
  expect(kafkaServiceShape.topics.parse(undefined)).toEqual({ produces: [], consumes: [] });
  expect(kafkaServiceShape.topics.parse({ produces: ['a'] })).toEqual({ produces: ['a'], consumes: [] });
  expect(kafkaEnvironmentShape.kafka.parse({ resources: size, retentionHours: 24 })).toEqual({
    resources: size,
    retentionHours: 24,
    topicRetentionHours: {},
  });
  expect(issues(kafkaEnvironmentShape.kafka.safeParse({ resources: size, retentionHours: 0 })).length).toBe(1);
});

test('MongoDB: the defaults; a bucket per environment; at least one backup kept', () => {
  expect(mongodbPlatformSchema.parse({ cluster: 'store', namespace: 'data' })).toEqual({
    cluster: 'store',
    namespace: 'data',
    replicaSet: 'rs0',
    port: 27017,
    image: 'percona/percona-server-mongodb:8.0.17-6',
    backupImage: 'percona/percona-backup-mongodb:2.11.0',
    exporterImage: 'percona/mongodb_exporter:0.48.0',
    users: [],
    backupSchedule: '0 3 * * *',
    pointInTimeRecovery: true,
  });
  expect(
    issues(mongodbPlatformSchema.safeParse({ cluster: 'store', namespace: 'data', backupBucket: 'backups' })),
  ).toEqual(['backupBucket: must contain "{env}"']);
  expect(
    issues(mongodbPlatformSchema.safeParse({ cluster: 'store', namespace: 'data', backupBucket: '{env}-backups' })),
  ).toEqual([]);
  expect(issues(mongodbEnvironmentShape.mongodb.safeParse({ resources: size, backup: { keep: 1 } }))).toEqual([]);
  expect(issues(mongodbEnvironmentShape.mongodb.safeParse({ resources: size, backup: { keep: 0 } })).length).toBe(1);
});

test('Memorystore: TLS on 6378 and the server CA under its Secret Manager key, by default', () => {
  expect(redisPlatformSchema.parse({ host: 'redis.example.internal' })).toEqual({
    host: 'redis.example.internal',
    port: 6378,
    serverCaKey: 'redis-server-ca',
  });
});

test('Cloud SQL: MySQL 8.0 by default; each database version of its engine', () => {
  const proxyImage = 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0';
  expect(cloudSqlPlatformSchema.parse({ instance: 'db', proxyImage })).toEqual({
    instance: 'db',
    engine: 'MYSQL_8_0',
    proxyImage,
  });
  expect(CLOUD_SQL_VERSIONS).toEqual({
    mysql: ['MYSQL_8_0', 'MYSQL_8_4'],
    postgresql: ['POSTGRES_14', 'POSTGRES_15', 'POSTGRES_16', 'POSTGRES_17'],
  });
  for (const [engine, versions] of Object.entries(CLOUD_SQL_VERSIONS)) {
    for (const version of versions) {
      expect([version, engineOf(version)]).toEqual([version, engine]);
      expect(cloudSqlPlatformSchema.safeParse({ instance: 'db', engine: version, proxyImage }).success).toBe(true);
    }
  }
  expect(cloudSqlPlatformSchema.safeParse({ instance: 'db', engine: 'MYSQL_5_7', proxyImage }).success).toBe(false);
  expect(cloudSqlPlatformSchema.safeParse({ instance: '', proxyImage }).success).toBe(false);
});
