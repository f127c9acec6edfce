/**
 * The Secrets RabbitMQ's operators read for their custom resources (charts/backing/rabbitmq
 * `references.reads`), checked by lib/references.ts on hand-made objects: the messaging topology
 * operator imports a User's `username` and `password` from `spec.importCredentialsSecret`; the
 * cluster operator mounts the broker's certificate (`spec.tls.secretName`) and the CA
 * (`spec.tls.caSecretName`). Each must be written beforehand, with those keys, in the namespace.
 */
import { secretReferenceProblems } from '../../lib/references';
import type { KubeObject } from '../../lib/validate';

const NS = 'rabbitmq';
const problems = (...objects: KubeObject[]) =>
  secretReferenceProblems(objects.map((object) => ({ object, where: `w:${object.kind}` })));
const store: KubeObject = {
  apiVersion: 'external-secrets.io/v1',
  kind: 'SecretStore',
  metadata: { name: 'store', namespace: NS },
  spec: {},
};
const writes = (secret: string, ...keys: string[]): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name: `es-${secret}`, namespace: NS },
  spec: {
    secretStoreRef: { kind: 'SecretStore', name: 'store' },
    target: { name: secret },
    data: keys.map((secretKey) => ({ secretKey })),
  },
});
const missing = (kind: string, field: string, secret: string) =>
  `w:${kind}: ${field}: Secret "${secret}" is created by no ExternalSecret or operator in namespace "${NS}"`;

test('a User imports username and password from its importCredentialsSecret', () => {
  const user: KubeObject = {
    apiVersion: 'rabbitmq.com/v1beta1',
    kind: 'User',
    metadata: { name: 'app', namespace: NS },
    spec: { importCredentialsSecret: { name: 'app-credentials' } },
  };
  expect(problems(store, writes('app-credentials', 'username', 'password'), user)).toEqual([]);
  // (Reported once per key it reads today; the line is the same.)
  expect([...new Set(problems(store, user))]).toEqual([
    missing('User', 'spec.importCredentialsSecret', 'app-credentials'),
  ]);
  expect(problems(store, writes('app-credentials', 'username'), user)).toEqual([
    'w:User: spec.importCredentialsSecret: Secret "app-credentials" has no key "password" (w:ExternalSecret)',
  ]);
});

test('a RabbitmqCluster mounts its TLS certificate and its CA', () => {
  const cluster: KubeObject = {
    apiVersion: 'rabbitmq.com/v1beta1',
    kind: 'RabbitmqCluster',
    metadata: { name: 'messaging', namespace: NS },
    spec: { tls: { secretName: 'messaging-tls', caSecretName: 'messaging-ca' } },
  };
  expect(problems(store, writes('messaging-tls'), writes('messaging-ca'), cluster)).toEqual([]);
  expect(problems(store, cluster)).toEqual([
    missing('RabbitmqCluster', 'spec.tls.secretName', 'messaging-tls'),
    missing('RabbitmqCluster', 'spec.tls.caSecretName', 'messaging-ca'),
  ]);
});
