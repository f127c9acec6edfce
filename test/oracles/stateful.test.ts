/**
 * charts/stateful.ts on hand-made objects of kinds the platforms' own output does not have (their
 * volumes are claimed by operators): an object that is or claims a volume (a PersistentVolumeClaim, a
 * StatefulSet), one protected by hand (`keepState`), and their namespaces carry `Prune=false` and
 * `Delete=false`; stateless objects and other namespaces carry nothing.
 * @see https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/
 */
import { App, ApiObject, Chart } from 'cdk8s';
import { isStatefulKind, keepState, protectState } from '../../charts/stateful';

const OPTIONS = 'argocd.argoproj.io/sync-options';

test('volumes and what is kept by hand are protected, with their namespaces; nothing else', () => {
  const app = new App();
  const chart = new Chart(app, 'c');
  const object = (kind: string, name: string, namespace?: string) =>
    new ApiObject(chart, `${kind}-${name}`, { apiVersion: 'v1', kind, metadata: { name, namespace } });
  const claim = object('PersistentVolumeClaim', 'data', 'volumes');
  const set = object('StatefulSet', 'db', 'databases');
  const kept = object('ConfigMap', 'state', 'kept');
  keepState(kept);
  const stateless = [object('Deployment', 'web', 'apps'), object('ConfigMap', 'settings', 'volumes')];
  const namespaces = ['volumes', 'databases', 'kept', 'apps'].map((n) => object('Namespace', n));
  protectState(app);
  const options = (o: ApiObject) => (o.toJson().metadata.annotations as Record<string, string> | undefined)?.[OPTIONS];
  const protectedOnes = [claim, set, kept, ...namespaces.slice(0, 3)];
  expect(protectedOnes).toHaveLength(6);
  for (const o of protectedOnes)
    expect([o.kind, o.name, options(o)]).toEqual([o.kind, o.name, 'Prune=false,Delete=false']);
  for (const o of [...stateless, namespaces[3]!])
    expect([o.kind, o.name, options(o)]).toEqual([o.kind, o.name, undefined]);
});

test('which kinds hold data: volumes and the backing services’ data stores, not workloads or configuration', () => {
  for (const kind of ['PersistentVolumeClaim', 'StatefulSet', 'Kafka', 'KafkaTopic', 'PerconaServerMongoDB'])
    expect([kind, isStatefulKind(kind)]).toEqual([kind, true]);
  for (const kind of ['Deployment', 'ConfigMap', 'Service', 'Namespace', 'KafkaUser', ''])
    expect([kind, isStatefulKind(kind)]).toEqual([kind, false]);
});

test('existing sync options written with spaces (Argo CD trims them) are merged by key, each key once', () => {
  const app = new App();
  const topic = new ApiObject(new Chart(app, 'c'), 't', {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 't', namespace: 'kafka', annotations: { [OPTIONS]: ' ServerSideApply=true , Prune=true,, ' } },
  });
  protectState(app);
  expect(topic.toJson().metadata.annotations[OPTIONS]).toBe('ServerSideApply=true,Prune=false,Delete=false');
});
