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
  expect(sizes).toHaveLength(18);
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
