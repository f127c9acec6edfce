/**
 * The rules Kafka, MongoDB, Cloud SQL and Redis add to the description (`check` of each in
 * charts/backing/), each broken on purpose in a copy of the real inputs, with the exact line the
 * documented error format gives ("<where>: <path>: <problem>", one line per problem): what an environment
 * must size when a service uses a data service, the names and namespaces the data services take, the
 * backup schedule's cron fields, the warnings on topics. The rules config.test.ts already pins are not
 * repeated here.
 */
import { ConfigError, loadPlatform } from '../../lib/config/load';
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';
import { mongodbPlatformSchema } from '../../charts/backing/mongodb/schema';
import { orofiInputs } from '../helpers';

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
  try {
    loadPlatform(i.platform, i.environments);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

/** The warnings of the real inputs after `mutate` changed them (placeholder digests aside). */
function warningsAfter(mutate: (i: Inputs) => void): readonly string[] {
  const i = inputs();
  mutate(i);
  return loadPlatform(i.platform, i.environments).warnings.filter((w) => w.startsWith('platform: '));
}

const env = (i: Inputs, name: string) => i.environments.find((e) => e.name === name)!;
const service = (i: Inputs, name: string) => i.platform.services.find((s) => s.name === name)!;

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

test('a platform whose services use no Kafka, MongoDB, SQL or Redis needs none of their settings', () => {
  expect(
    problemsAfter((i) => {
      for (const s of i.platform.services) {
        s.uses = {};
        delete s.topics;
      }
      i.platform.backingServices.mongodb!.users = [];
      delete i.platform.backingServices.mongodb!.backupBucket;
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
    }),
  ).toEqual([]);
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

test('a topic nobody produces or consumes is legal, and warned about', () => {
  expect(
    warningsAfter((i) => {
      i.platform.backingServices.kafka!.topics!.push({ name: 'billing.invoice-issued', partitions: 3 });
    }),
  ).toEqual(['platform: backingServices.kafka.topics.billing.invoice-issued: no service produces or consumes it']);
});

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
  const taken = (name: string) =>
    problemsAfter((i) => {
      const old = 'microservice-analytics';
      service(i, old).name = name;
      for (const g of i.platform.gateways) g.calls = g.calls?.map((c) => (c === old ? name : c));
      for (const e of i.environments) {
        if (e.workloads?.[old]) e.workloads = { ...e.workloads, [name]: e.workloads[old] };
        delete e.workloads?.[old];
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
  for (const [name, what] of cases) {
    expect(taken(name)).toEqual([`platform: services.${name}.name: "${name}" is taken by ${what}`]);
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
