/**
 * `npm run plan`'s verdicts (lib/plan.ts) on hand-made trees, beyond what the real description's
 * changes reach: a volume's size compared as Kubernetes reads quantities (binary and decimal suffixes,
 * fractions, plain bytes), what removing each kind of stateful object loses, an object protected by its
 * annotation alone, and how a field that appears is shown.
 * @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
 */
import * as yaml from 'js-yaml';
import { formatPlan, planChanges } from '../../lib/plan';
import type { ManifestFile } from '../../lib/synth';
import type { KubeObject } from '../../lib/validate';

const PATH = 'dev/data.yaml';
const file = (...objects: KubeObject[]): ManifestFile => ({
  path: PATH,
  objects,
  content: objects.map((o) => yaml.dump(o)).join('---\n'),
});
const base = (...objects: KubeObject[]) => new Map([[PATH, file(...objects).content]]);
const claim = (storage: string, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'db', ...(annotations ? { annotations } : {}) },
  spec: { resources: { requests: { storage } } },
});
const effects = (before: KubeObject[], after: KubeObject[]) =>
  planChanges([file(...after)], base(...before)).destructive.map((d) => d.effect);

/** Quantities in bytes, by Kubernetes' suffixes (binary powers of 1024, decimal powers of 1000). */
const BYTES: Readonly<Record<string, number>> = {
  '100': 100,
  '1000': 1000,
  '1k': 1e3,
  '1Ki': 1024,
  '1M': 1e6,
  '1Mi': 1024 ** 2,
  '10240Mi': 10 * 1024 ** 3,
  '1G': 1e9,
  '1Gi': 1024 ** 3,
  '1.5Gi': 1.5 * 1024 ** 3,
  '1.25Gi': 1.25 * 1024 ** 3,
  '10Gi': 10 * 1024 ** 3,
  '1T': 1e12,
  '1000Gi': 1000 * 1024 ** 3,
  '1Ti': 1024 ** 4,
  '1P': 1e15,
  '1Pi': 1024 ** 5,
  '1E': 1e18,
  '1Ei': 1024 ** 6,
};

test('a volume shrinks exactly when its new size is smaller in bytes, whatever the suffixes', () => {
  const sizes = Object.keys(BYTES);
  expect(sizes).toHaveLength(19);
  let shrinks = 0;
  for (const before of sizes) {
    for (const after of sizes) {
      if (before === after) continue;
      const smaller = BYTES[after]! < BYTES[before]!;
      const found = effects([claim(before)], [claim(after)]);
      expect([before, after, found]).toEqual([
        before,
        after,
        smaller ? [expect.stringContaining('a smaller volume')] : [],
      ]);
      if (smaller) shrinks++;
    }
  }
  expect(shrinks).toBeGreaterThan(100);
});

test('fewer partitions means strictly fewer: the same count written otherwise is not', () => {
  const topic = (partitions: unknown): KubeObject => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't', namespace: 'kafka' },
    spec: { partitions },
  });
  expect(effects([topic(3)], [topic('3')])).toEqual([]);
  expect(effects([topic('3')], [topic(2)])).toEqual([
    `spec.partitions "3" -> 2: fewer partitions, which Kafka refuses (a topic's partitions can only grow)`,
  ]);
});

test('a fraction of two digits is read whole', () => {
  expect(effects([claim('1.25Gi')], [claim('1.2Gi')])).toEqual([
    'spec.resources.requests.storage "1.25Gi" -> "1.2Gi": a smaller volume, which cannot shrink (the claim is refused or must be recreated empty)',
  ]);
  expect(effects([claim('1.25Gi')], [claim('1.3Gi')])).toEqual([]);
});

test('what is not a quantity is never a smaller volume', () => {
  for (const after of ['10 Gi', 'Gi', '10GiB', '10gi', '-1Gi', '1.Gi'])
    expect([after, effects([claim('10Gi')], [claim(after)])]).toEqual([after, []]);
});

test('removing a stateful object says what it loses; an annotation alone makes an object stateful', () => {
  const object = (kind: string, annotations?: Record<string, string>): KubeObject => ({
    apiVersion: kind === 'Application' ? 'argoproj.io/v1alpha1' : 'v1',
    kind,
    metadata: { name: 'x', namespace: 'db', ...(annotations ? { annotations } : {}) },
  });
  const loses = (o: KubeObject) => effects([o], []);
  expect(loses(object('PersistentVolumeClaim'))).toEqual([expect.stringContaining('loses the volume and its data')]);
  expect(loses(object('StatefulSet'))).toEqual([expect.stringContaining('loses its volumes and their data')]);
  expect(loses(object('Application', { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' }))).toEqual([
    expect.stringContaining('loses the operator’s CRDs'),
  ]);
  const kept = object('ConfigMap', { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true,Prune=false' });
  expect(loses(kept)).toEqual([expect.stringContaining('loses the data it holds')]);
  expect(loses(object('ConfigMap'))).toEqual([]);
  expect(loses(object('ConfigMap', { 'argocd.argoproj.io/sync-options': 'Prune=true' }))).toEqual([]);
});

test('a field that appears is shown coming from (none)', () => {
  const lines = formatPlan(planChanges([file(claim('10Gi', { x: 'y', a: 'b' }))], base(claim('10Gi', { x: 'y' }))));
  expect(lines).toContain('      metadata.annotations.a: (none) -> "b"');
});

test('only what loses data: fewer partitions of a topic, a smaller volume, a topic’s replicas; not the same changes elsewhere', () => {
  const topic = (spec: object): KubeObject => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't', namespace: 'kafka' },
    spec,
  });
  const deployment = (spec: object): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'apps' },
    spec,
  });
  const one = (text: string) => [expect.stringContaining(text)];
  expect(effects([topic({ partitions: 6 })], [topic({ partitions: 3 })])).toEqual(one('fewer partitions'));
  expect(effects([topic({ partitions: 3 })], [topic({ partitions: 6 })])).toEqual([]);
  expect(effects([deployment({ partitions: 6 })], [deployment({ partitions: 3 })])).toEqual([]);
  expect(effects([topic({ replicas: 3 })], [topic({ replicas: 2 })])).toEqual(one('a changed replication factor'));
  expect(effects([deployment({ replicas: 3 })], [deployment({ replicas: 2 })])).toEqual([]);
  // Quantities that are not volumes: a memory limit, an emptyDir's sizeLimit.
  const pod = (memory: string, sizeLimit: string) =>
    deployment({
      template: {
        spec: {
          containers: [{ name: 'a', resources: { limits: { memory } } }],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit } }],
        },
      },
    });
  expect(effects([pod('1Gi', '1Gi')], [pod('512Mi', '512Mi')])).toEqual([]);
});

test('a removed workload names what is keyed by its name, read from its own old objects only', () => {
  const o = (apiVersion: string, kind: string, namespace: string, name: string, rest: object = {}): KubeObject => ({
    apiVersion,
    kind,
    metadata: { name, namespace },
    ...rest,
  });
  const account = (namespace: string, gsa: string) => ({
    ...o('v1', 'ServiceAccount', namespace, 'web'),
    metadata: { name: 'web', namespace, annotations: { 'iam.gke.io/gcp-service-account': gsa } },
  });
  const web = [
    o('apps/v1', 'Deployment', 'apps', 'web'),
    account('apps', 'web@p.iam.gserviceaccount.com'),
    o('external-secrets.io/v1', 'ExternalSecret', 'apps', 'web', {
      spec: { data: [{ remoteRef: { key: 'web-mysql-password' } }, { remoteRef: { key: 'web-api-key' } }] },
    }),
    o('v1', 'ConfigMap', 'apps', 'web', {
      data: {
        MYSQL_DATABASE: 'webdb',
        MYSQL_USER: 'webuser',
        KAFKA_CONSUMER_GROUP: 'web-group',
        MONGODB_USERNAME: 'webmongo',
      },
    }),
    o('kafka.strimzi.io/v1', 'KafkaUser', 'kafka', 'web'),
  ];
  // Objects of other workloads, or of the same name elsewhere, say nothing about this one.
  const others = [
    account('other', 'stranger@p.iam.gserviceaccount.com'),
    o('kafka.strimzi.io/v1', 'KafkaUser', 'kafka', 'api'),
    o('v1', 'ConfigMap', 'apps', 'api', { data: { PGDATABASE: 'apidb', PGUSER: 'apiuser' } }),
    o('apps/v1', 'Deployment', 'apps', 'api'),
  ];
  expect(effects([...web, ...others], others)).toEqual([
    'workload removed or renamed: GCP service account web@p.iam.gserviceaccount.com, Secret Manager keys web-mysql-password, web-api-key, MySQL database webdb and user webuser, KafkaUser web, consumer group web-group (committed offsets lost), MongoDB user webmongo change with its name',
  ]);
  const withoutApi = others.filter((x) => x.kind !== 'Deployment');
  expect(effects(others, withoutApi)).toEqual([
    'workload removed or renamed: PostgreSQL database apidb and user apiuser, KafkaUser api change with its name',
  ]);
  expect(effects([o('apps/v1', 'Deployment', 'apps', 'lone')], [])).toEqual([
    'workload removed or renamed: its GCP service account and everything keyed by its name change with its name',
  ]);
});

/** The sentence every stateful removal ends with (the README's "retire it by hand"). */
const KEPT = '(Argo CD keeps it while it carries Prune=false: retire it by hand, see the README)';
const KEEP = { 'argocd.argoproj.io/sync-options': 'Prune=false' };
const object = (kind: string, name: string, namespace?: string, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}), ...(annotations ? { annotations } : {}) },
});

test('what removing each stateful kind loses, word for word, as the user reads it', () => {
  const LOSES: Readonly<Record<string, string>> = {
    Kafka: 'the Kafka cluster, its brokers’ volumes and every topic’s messages',
    KafkaNodePool: 'the pool’s nodes and their volumes (the partitions they hold)',
    KafkaTopic: 'the topic and every message in it, and its consumer groups’ committed offsets',
    PerconaServerMongoDB: 'the replica set and every database in it',
    PerconaServerMongoDBBackup: 'the backup',
    RabbitmqCluster: 'the RabbitMQ cluster, its nodes’ volumes and every queued message',
    Vhost: 'the virtual host, and with it every exchange, queue and message in it',
    Queue: 'the queue and every message waiting in it',
    PersistentVolumeClaim: 'the volume and its data',
    StatefulSet: 'its volumes and their data',
  };
  for (const [kind, loses] of Object.entries(LOSES)) {
    expect([kind, effects([object(kind, 'x', 'db')], [])]).toEqual([
      kind,
      [`removed; deleting it loses ${loses} ${KEPT}`],
    ]);
  }
  // Kinds that lose nothing of their own unless protected: then what they lose is named, if known.
  for (const kind of ['KafkaUser', 'Exchange', 'Binding', 'Namespace', 'Application', 'ConfigMap'])
    expect([kind, effects([object(kind, 'x', 'db')], [])]).toEqual([kind, []]);
  expect(effects([object('Namespace', 'db', undefined, KEEP)], [])).toEqual([
    `removed; deleting it loses everything in the namespace, the data stores with it ${KEPT}`,
  ]);
  expect(effects([object('Application', 'kafka', 'argocd', KEEP)], [])).toEqual([
    `removed; deleting it loses the operator’s CRDs (deleting one deletes every object of its kind) and its volumes ${KEPT}`,
  ]);
  expect(effects([object('Secret', 'x', 'db', KEEP)], [])).toEqual([
    `removed; deleting it loses the data it holds ${KEPT}`,
  ]);
});

test('a stateful object moved, renamed, or removed beside unrelated additions', () => {
  const claim = (name: string, namespace: string) => object('PersistentVolumeClaim', name, namespace);
  const loses = `deleting it loses the volume and its data ${KEPT}`;
  // Same kind and name, another namespace: moved.
  expect(effects([claim('data', 'db')], [claim('data', 'db2')])).toEqual([
    `moved to namespace db2: the new one starts empty; ${loses}`,
  ]);
  // Same kind, other names: maybe renamed, every candidate named.
  expect(effects([claim('data', 'db')], [claim('a', 'db'), claim('b', 'db2')])).toEqual([
    `removed or renamed (added: PersistentVolumeClaim db/a, PersistentVolumeClaim db2/b): a new one starts empty; ${loses}`,
  ]);
  // Same name, another kind: neither moved nor renamed.
  expect(effects([claim('data', 'db')], [object('Service', 'data', 'db2')])).toEqual([`removed; ${loses}`]);
  // A moved claim is not also a rename of the other claims added beside it.
  expect(effects([claim('data', 'db')], [claim('other', 'db'), claim('data', 'db3')])).toEqual([
    `moved to namespace db3: the new one starts empty; ${loses}`,
  ]);
});

test('a replica set renamed, exactly: only a PerconaServerMongoDB’s replsets[n].name', () => {
  const psmdb = (kind: string, names: string[], size = 3): KubeObject => ({
    apiVersion: 'psmdb.percona.com/v1',
    kind,
    metadata: { name: 'mongo', namespace: 'mongodb' },
    spec: { replsets: names.map((name) => ({ name, size })) },
  });
  const names = Array.from({ length: 11 }, (_, i) => `rs${i}`);
  const renamed = names.map((n, i) => (i === 1 || i === 10 ? `${n}x` : n));
  expect(effects([psmdb('PerconaServerMongoDB', names)], [psmdb('PerconaServerMongoDB', renamed)])).toEqual([
    'spec.replsets[1].name "rs1" -> "rs1x": a new replica set name, a new replica set: its members start empty',
    'spec.replsets[10].name "rs10" -> "rs10x": a new replica set name, a new replica set: its members start empty',
  ]);
  expect(effects([psmdb('PerconaServerMySQL', names)], [psmdb('PerconaServerMySQL', renamed)])).toEqual([]);
  // Its size is not a volume's.
  expect(effects([psmdb('PerconaServerMongoDB', names, 3)], [psmdb('PerconaServerMongoDB', names, 1)])).toEqual([]);
});

test('a replication factor changed, in a topic or in the brokers’ defaults; not the other replica settings', () => {
  const kafka = (config: Record<string, unknown>): KubeObject => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { name: 'kafka', namespace: 'kafka' },
    spec: { kafka: { config } },
  });
  const factor = ': a changed replication factor (Strimzi refuses it; changing it moves every partition)';
  expect(
    effects(
      [kafka({ 'default.replication.factor': 3, 'offsets.topic.replication.factor': 3, 'min.insync.replicas': 2 })],
      [kafka({ 'default.replication.factor': 1, 'offsets.topic.replication.factor': 5, 'min.insync.replicas': 1 })],
    ),
  ).toEqual([
    `spec.kafka.config["default.replication.factor"] 3 -> 1${factor}`,
    `spec.kafka.config["offsets.topic.replication.factor"] 3 -> 5${factor}`,
  ]);
  const topic = (spec: object): KubeObject => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't', namespace: 'kafka' },
    spec,
  });
  expect(effects([topic({ replicas: 2, partitions: 3 })], [topic({ replicas: 3, partitions: 3 })])).toEqual([
    `spec.replicas 2 -> 3${factor}`,
  ]);
  expect(effects([topic({ partitions: 6 })], [topic({ partitions: 3 })])).toEqual([
    "spec.partitions 6 -> 3: fewer partitions, which Kafka refuses (a topic's partitions can only grow)",
  ]);
  expect(
    effects([topic({ config: { 'min.insync.replicas': 2 } })], [topic({ config: { 'min.insync.replicas': 1 } })]),
  ).toEqual([]);
});

test('a smaller volume, word for word; a limit named like storage is not a volume', () => {
  expect(effects([claim('10Gi')], [claim('5Gi')])).toEqual([
    'spec.resources.requests.storage "10Gi" -> "5Gi": a smaller volume, which cannot shrink (the claim is refused or must be recreated empty)',
  ]);
  const volumes = (value: string): KubeObject => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    metadata: { name: 'brokers', namespace: 'kafka' },
    spec: {
      storage: { type: 'persistent-claim', size: value },
      resources: { limits: { 'ephemeral-storage': value }, requests: { mystorage: value } },
    },
  });
  expect(effects([volumes('2Gi')], [volumes('1Gi')])).toEqual([
    'spec.storage.size "2Gi" -> "1Gi": a smaller volume, which cannot shrink (the claim is refused or must be recreated empty)',
  ]);
  // A field named so at any depth, the top level included (a custom kind's).
  const bucket = (size: string): KubeObject => ({ ...claim('1Gi'), kind: 'Bucket', size }) as KubeObject;
  expect(effects([bucket('2Gi')], [bucket('1Gi')])).toEqual([
    'size "2Gi" -> "1Gi": a smaller volume, which cannot shrink (the claim is refused or must be recreated empty)',
  ]);
});

test('a removed workload whose secret has no data list, or whose config has no data: nothing read from them', () => {
  const o = (kind: string, rest: object = {}): KubeObject => ({
    apiVersion: 'v1',
    kind,
    metadata: { name: 'web', namespace: 'apps' },
    ...rest,
  });
  const lone =
    'workload removed or renamed: its GCP service account and everything keyed by its name change with its name';
  for (const secret of [
    o('ExternalSecret'),
    o('ExternalSecret', { spec: { dataFrom: [{ extract: { key: 'web' } }] } }),
  ]) {
    expect(effects([o('Deployment'), secret, o('ConfigMap')], [secret, o('ConfigMap')])).toEqual([lone]);
  }
});

test('a removed workload: its namesakes in another namespace, and another client’s KafkaUser, say nothing about it', () => {
  const o = (kind: string, namespace: string, rest: object = {}): KubeObject => ({
    apiVersion: 'v1',
    kind,
    metadata: {
      name: 'web',
      namespace,
      ...(kind === 'ServiceAccount'
        ? { annotations: { 'iam.gke.io/gcp-service-account': `web@${namespace}.iam` } }
        : {}),
    },
    ...rest,
  });
  const elsewhere = [
    o('ServiceAccount', 'other'),
    o('ExternalSecret', 'other', { spec: { data: [{ remoteRef: { key: 'other-key' } }] } }),
    o('ConfigMap', 'other', { data: { MYSQL_DATABASE: 'otherdb', MYSQL_USER: 'other' } }),
    { ...o('KafkaUser', 'kafka'), metadata: { name: 'api', namespace: 'kafka' } },
  ];
  expect(effects([...elsewhere, o('Deployment', 'apps')], elsewhere)).toEqual([
    'workload removed or renamed: its GCP service account and everything keyed by its name change with its name',
  ]);
});

test('a replica set name in what the operator reports (status) is no rename', () => {
  const psmdb = (name: string): KubeObject => ({
    apiVersion: 'psmdb.percona.com/v1',
    kind: 'PerconaServerMongoDB',
    metadata: { name: 'mongo', namespace: 'mongodb' },
    spec: { replsets: [{ name: 'rs0' }] },
    status: { replsets: [{ name }] },
  });
  expect(effects([psmdb('rs0')], [psmdb('rs1')])).toEqual([]);
});
