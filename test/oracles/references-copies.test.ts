/**
 * What External Secrets writes, as lib/references.ts must read it, beyond what the platforms use:
 * - copies through the Kubernetes provider: a SecretStore of that provider reads the Secrets of its
 *   `remoteNamespace`, which External Secrets defaults to `default`; what a copy reads must be written there;
 * - templates: a target template's keys replace those of `data` (`mergePolicy: Replace`, the default),
 *   or join them (`Merge`).
 * Expectations from External Secrets' documentation.
 * @see https://external-secrets.io/latest/provider/kubernetes/
 * @see https://external-secrets.io/latest/guides/templating/
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

test('a template replaces the data’s keys by default, and joins them with mergePolicy Merge', () => {
  const store = object('SecretStore', 'manager', 'apps', { provider: { gcpsm: {} } });
  const templated = (mergePolicy?: string) =>
    object('ExternalSecret', 'es', 'apps', {
      secretStoreRef: { kind: 'SecretStore', name: 'manager' },
      target: { name: 's', template: { ...(mergePolicy ? { mergePolicy } : {}), data: { url: 'x://{{ .k }}' } } },
      data: [{ secretKey: 'k', remoteRef: { key: 'remote' } }],
    });
  const pod = (key: string): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'apps' },
    spec: {
      template: {
        spec: { containers: [{ name: 'a', env: [{ name: 'E', valueFrom: { secretKeyRef: { name: 's', key } } }] }] },
      },
    },
  });
  const noKey = (key: string) =>
    `w:Deployment:apps: spec.template.spec.containers[0].env[0]: Secret "s" has no key "${key}" (w:ExternalSecret:apps)`;
  expect(problems(store, templated(), pod('url'))).toEqual([]);
  expect(problems(store, templated(), pod('k'))).toEqual([noKey('k')]);
  expect(problems(store, templated('Replace'), pod('k'))).toEqual([noKey('k')]);
  expect(problems(store, templated('Merge'), pod('k'))).toEqual([]);
  expect(problems(store, templated('Merge'), pod('url'))).toEqual([]);
  expect(problems(store, templated('Merge'), pod('other'))).toEqual([noKey('other')]);
});

test('a Secret Manager store authenticates as a ServiceAccount bound to a GCP service account: no other object will do', () => {
  const store = object('SecretStore', 'manager', 'apps', {
    provider: { gcpsm: { projectID: 'p', auth: { workloadIdentity: { serviceAccountRef: { name: 'reader' } } } } },
  });
  const bound = (kind: string): KubeObject => ({
    apiVersion: 'v1',
    kind,
    metadata: { name: 'reader', namespace: 'apps', annotations: { 'iam.gke.io/gcp-service-account': 'r@p.iam' } },
  });
  const unbound =
    'w:SecretStore:apps: spec.provider.gcpsm.auth.workloadIdentity.serviceAccountRef: no ServiceAccount "reader" bound to a GCP service account (iam.gke.io/gcp-service-account) in namespace "apps"';
  expect(problems(store, bound('ServiceAccount'))).toEqual([]);
  expect(problems(store, bound('ConfigMap'))).toEqual([unbound]);
  expect(problems(store)).toEqual([unbound]);
});
