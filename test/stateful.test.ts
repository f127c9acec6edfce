/**
 * Data is never deleted by a commit: every object that holds data, owns a volume, or is the namespace
 * of one carries `argocd.argoproj.io/sync-options` with `Prune=false` and `Delete=false`, so that
 * neither the root Application's automated prune nor its deletion (resources finalizer) removes it.
 *
 * Which objects hold data is decided here from the synthesized objects themselves (an oracle apart from
 * charts/stateful.ts): the kinds that are a data store or its content (Kafka, its node pools and topics,
 * the MongoDB replica set, its backups), anything whose spec claims persistent volumes, the operators'
 * Applications, and the namespaces those live in.
 */
import { App, ApiObject, Chart } from 'cdk8s';
import { protectState, syncOptionsOf } from '../charts/stateful';
import { annotationsOf } from '../lib/tree';
import type { KubeObject } from '../lib/validate';
import { allObjects, orofiModel, synth } from './helpers';

/** Kinds whose deletion deletes data (a cluster, a topic and its messages, a backup). */
const DATA_KINDS = new Set([
  'Kafka',
  'KafkaNodePool',
  'KafkaTopic',
  'PerconaServerMongoDB',
  'PerconaServerMongoDBBackup',
]);

/** Whether a value claims a persistent volume anywhere inside it. */
function claimsVolumes(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(claimsVolumes);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, v]) =>
      key === 'volumeClaimTemplates' ||
      key === 'persistentVolumeClaim' ||
      (key === 'type' && (v === 'persistent-claim' || v === 'jbod')) ||
      claimsVolumes(v),
  );
}

/**
 * An Application of a Helm chart (an operator) installs CRDs, and deleting a CRD deletes every object of
 * its kind in the cluster (Strimzi's: the Kafka cluster), or owns volumes (Loki's).
 */
const installsChart = (o: KubeObject) =>
  o.kind === 'Application' && (o as { spec?: { source?: { chart?: string } } }).spec?.source?.chart !== undefined;

function holdsData(o: KubeObject): boolean {
  return (
    DATA_KINDS.has(o.kind) ||
    o.kind === 'PersistentVolumeClaim' ||
    installsChart(o) ||
    claimsVolumes((o as { spec?: unknown }).spec)
  );
}

const options = (o: KubeObject) =>
  (annotationsOf(o)['argocd.argoproj.io/sync-options'] ?? '').split(',').filter((s) => s !== '');

describe.each([...orofiModel().values()].map((env) => [env.name, allObjects(synth(env))] as const))(
  '%s',
  (_env, objects) => {
    const stateful = objects.filter(holdsData);
    const namespaces = new Set(stateful.map((o) => o.metadata.namespace));

    test('there is state to protect: Kafka, its topics and MongoDB', () => {
      expect(stateful.map((o) => o.kind)).toEqual(
        expect.arrayContaining(['Kafka', 'KafkaNodePool', 'KafkaTopic', 'PerconaServerMongoDB']),
      );
    });

    test('every object holding data, and its namespace, carries Prune=false and Delete=false', () => {
      const protectedNamespaces = objects.filter((o) => o.kind === 'Namespace' && namespaces.has(o.metadata.name));
      expect(protectedNamespaces.map((n) => n.metadata.name).sort()).toEqual(
        [...namespaces].filter((n) => objects.some((o) => o.kind === 'Namespace' && o.metadata.name === n)).sort(),
      );
      for (const object of [...stateful, ...protectedNamespaces]) {
        expect([object.kind, object.metadata.name, options(object)]).toEqual([
          object.kind,
          object.metadata.name,
          expect.arrayContaining(['Prune=false', 'Delete=false']),
        ]);
      }
    });

    test('nothing else is protected: removing a stateless object still prunes it', () => {
      const rest = objects.filter((o) => !holdsData(o) && !(o.kind === 'Namespace' && namespaces.has(o.metadata.name)));
      for (const object of rest)
        expect([object.kind, object.metadata.name, options(object)]).not.toEqual(
          expect.arrayContaining([expect.anything(), expect.anything(), expect.arrayContaining(['Prune=false'])]),
        );
    });
  },
);

describe('protectState', () => {
  test('merges with the sync options an object already has: one comma-separated annotation, each key once', () => {
    const app = new App();
    const chart = new Chart(app, 'c');
    const topic = new ApiObject(chart, 't', {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      metadata: {
        name: 't',
        namespace: 'kafka',
        annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true,Prune=true' },
      },
    });
    const ns = new ApiObject(chart, 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kafka' } });
    const other = new ApiObject(chart, 'cm', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x', namespace: 'apps' },
    });
    protectState(app);
    expect(topic.toJson().metadata.annotations['argocd.argoproj.io/sync-options']).toBe(
      'ServerSideApply=true,Prune=false,Delete=false',
    );
    expect(ns.toJson().metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(other.toJson().metadata.annotations).toBeUndefined();
    expect(syncOptionsOf(topic)).toEqual(['ServerSideApply=true', 'Prune=false', 'Delete=false']);
  });
});
