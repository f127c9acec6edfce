/**
 * The data services' fragments of the description's schema (charts/backing/<kind>/schema.ts), through
 * the schemas alone: the defaults a description may leave out, each the documented choice (Kafka 4.3.1
 * on its TLS listener 9093, Strimzi 1.2's; Percona Server for MongoDB 8.0.17-6, replica set rs0 on 27017,
 * a daily backup at 03:00 UTC with point-in-time recovery; Memorystore's in-transit encryption port 6378;
 * Cloud SQL for MySQL 8.0, the seed's), and the rules of the fields that have one, with their messages.
 * @see docs/design/kafka.md, docs/design/mongodb.md, docs/design/workloads.md
 */
import { cloudSqlPlatformSchema, CLOUD_SQL_VERSIONS, engineOf } from '../../charts/backing/cloud-sql/schema';
import { kafkaEnvironmentShape, kafkaPlatformSchema, kafkaServiceShape } from '../../charts/backing/kafka/schema';
import { mongodbEnvironmentShape, mongodbPlatformSchema } from '../../charts/backing/mongodb/schema';
import { redisPlatformSchema } from '../../charts/backing/redis/schema';

/** The messages of a failed parse, as `<path>: <message>`; none when it passes. */
const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
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
    problems(kafkaPlatformSchema.safeParse({ cluster: 'k', namespace: 'k', topics: names.map((name) => ({ name })) }));
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
    problems(
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
  expect(problems(kafkaPlatformSchema.safeParse({ cluster: 'k', namespace: 'k', version: '4.3' }))).toEqual([
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
  expect(problems(kafkaEnvironmentShape.kafka.safeParse({ resources: size, retentionHours: 0 })).length).toBe(1);
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
    problems(mongodbPlatformSchema.safeParse({ cluster: 'store', namespace: 'data', backupBucket: 'backups' })),
  ).toEqual(['backupBucket: must contain "{env}"']);
  expect(
    problems(mongodbPlatformSchema.safeParse({ cluster: 'store', namespace: 'data', backupBucket: '{env}-backups' })),
  ).toEqual([]);
  expect(problems(mongodbEnvironmentShape.mongodb.safeParse({ resources: size, backup: { keep: 1 } }))).toEqual([]);
  expect(problems(mongodbEnvironmentShape.mongodb.safeParse({ resources: size, backup: { keep: 0 } })).length).toBe(1);
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
