/**
 * The Secrets the data services' operators publish, as lib/references.ts must know them (the plug-ins'
 * `references.published`), on hand-made objects: Strimzi publishes a Kafka cluster's CA certificate as
 * `<cluster>-cluster-ca-cert` beside it; the Percona operator keeps a replica set's TLS certificate in
 * `spec.secrets.ssl`, by default `<cluster>-ssl`. A copy of either (through External Secrets' Kubernetes
 * provider) reads a Secret that exists; a copy of any other name does not.
 * @see https://strimzi.io/docs/operators/latest/deploying#cluster-ca-secrets
 * @see https://docs.percona.com/percona-operator-for-mongodb/TLS.html
 */
import { secretReferenceProblems } from '../../lib/references';
import type { KubeObject } from '../../lib/validate';

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
