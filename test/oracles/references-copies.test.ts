/**
 * Copies through External Secrets' Kubernetes provider (lib/references.ts): a SecretStore of that
 * provider reads the Secrets of its `remoteNamespace`, which External Secrets defaults to `default`;
 * the Secrets a copy reads must be written there. Expectations from External Secrets' documentation.
 * @see https://external-secrets.io/latest/provider/kubernetes/
 */
import { secretReferenceProblems } from '../../lib/references';
import type { KubeObject } from '../../lib/validate';

const object = (kind: string, name: string, namespace: string, spec: object): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind,
  metadata: { name, namespace },
  spec,
});
const problems = (...objects: KubeObject[]) =>
  secretReferenceProblems(objects.map((o) => ({ object: o, where: `w:${o.kind}:${o.metadata.namespace}` })));

/** A copy in `apps` of the Secret `source` (its key `k`), through the Kubernetes store `copier`. */
const copy = object('ExternalSecret', 'copy', 'apps', {
  secretStoreRef: { kind: 'SecretStore', name: 'copier' },
  target: { name: 'copy' },
  data: [{ secretKey: 'k', remoteRef: { key: 'source', property: 'k' } }],
});
const source = (namespace: string) =>
  object('ExternalSecret', 'source', namespace, {
    secretStoreRef: { kind: 'SecretStore', name: 'manager' },
    data: [{ secretKey: 'k', remoteRef: { key: 'secret-manager-key' } }],
  });
const manager = (namespace: string) => object('SecretStore', 'manager', namespace, { provider: { gcpsm: {} } });

test('without remoteNamespace, a Kubernetes store reads the namespace "default"', () => {
  const store = object('SecretStore', 'copier', 'apps', { provider: { kubernetes: { auth: {} } } });
  expect(problems(store, copy)).toEqual([
    'w:ExternalSecret:apps: spec.data[0].remoteRef: Secret "source" is created by no ExternalSecret or operator in namespace "default"',
  ]);
  expect(problems(store, copy, manager('default'), source('default'))).toEqual([]);
  expect(problems(store, copy, manager('other'), source('other'))).toHaveLength(1);
});

test('with remoteNamespace, that namespace and no other', () => {
  const store = object('SecretStore', 'copier', 'apps', { provider: { kubernetes: { remoteNamespace: 'kafka' } } });
  expect(problems(store, copy, manager('kafka'), source('kafka'))).toEqual([]);
  expect(problems(store, copy, manager('default'), source('default'))).toEqual([
    'w:ExternalSecret:apps: spec.data[0].remoteRef: Secret "source" is created by no ExternalSecret or operator in namespace "kafka"',
  ]);
});
