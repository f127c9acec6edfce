/**
 * `MongoChart` in a plain cdk8s app (its props as a user of the construct writes them, not through the
 * platform's mapping): its NetworkPolicy admits the operator's pods by the labels given, or by the
 * pinned psmdb-operator chart's own labels when none are given (the documented default), and nothing
 * else of the namespace; evaluated end to end (test/oracles/reachability.ts).
 */
import { App } from 'cdk8s';
import { MongoChart, SYSTEM_USER_KEYS, type MongoChartProps } from '../../charts/backing/mongodb/chart';
import type { KubeObject } from '../../lib/validate';
import { FACTS } from './network';
import { connects, type Pod } from './reachability';

const size = { requests: { cpuMillis: 100, memoryMiB: 256 }, limits: { cpuMillis: 200, memoryMiB: 512 } };
const props: MongoChartProps = {
  platform: 'example',
  name: 'store',
  namespace: 'data',
  port: 27017,
  image: 'percona/percona-server-mongodb:8.0',
  backupImage: 'percona/percona-backup-mongodb:2.9',
  storageGiB: 10,
  resources: size,
  users: [{ name: 'orders', database: 'orders', passwordRemoteKey: 'orders-mongodb-password' }],
  clients: [{ namespace: 'apps', podLabels: { app: 'orders' } }],
  clientNamespaces: ['apps'],
  clientCaSecret: 'store-ca',
  secretStore: 'secret-manager',
  systemUsersRemoteKey: 'store-system-users',
  backup: {
    bucket: 'example-backups',
    schedule: '0 3 * * *',
    keep: 7,
    pointInTimeRecovery: true,
    credentialsRemoteKey: 'store-backup-key',
  },
  egress: [],
  exporter: { image: 'percona/mongodb_exporter:0.47', scrapedBy: { namespace: 'monitoring' } },
};

function objectsOf(p: MongoChartProps): KubeObject[] {
  const app = new App();
  return new MongoChart(app, 'mongodb', p).toJson() as KubeObject[];
}

const member: Pod = {
  namespace: 'data',
  labels: { 'app.kubernetes.io/instance': 'store', 'app.kubernetes.io/replset': 'rs0' },
};

test('without operatorPodLabels: the pinned psmdb-operator chart’s pods reach mongod, no other pod of the namespace', () => {
  const objects = objectsOf(props);
  expect(objects.filter((o) => o.kind === 'NetworkPolicy')).toHaveLength(1);
  expect(connects(objects, { namespace: 'data', labels: FACTS.mongoOperatorPods }, member, 27017)).toBe(true);
  expect(connects(objects, { namespace: 'data', labels: { app: 'other' } }, member, 27017)).toBe(false);
  expect(connects(objects, { namespace: 'apps', labels: { app: 'orders' } }, member, 27017)).toBe(true);
  expect(connects(objects, { namespace: 'apps', labels: { app: 'payments' } }, member, 27017)).toBe(false);
});

test('with operatorPodLabels: those pods reach mongod, and the default labels no longer do', () => {
  const objects = objectsOf({ ...props, operatorPodLabels: { app: 'my-operator' } });
  expect(connects(objects, { namespace: 'data', labels: { app: 'my-operator' } }, member, 27017)).toBe(true);
  expect(connects(objects, { namespace: 'data', labels: FACTS.mongoOperatorPods }, member, 27017)).toBe(false);
});

test('its props where given: replica set, port, members, operator version, TLS Secret, one member per zone', () => {
  const objects = objectsOf({
    ...props,
    replicaSet: 'main',
    port: 27018,
    members: 5,
    crVersion: '1.21.0',
    tlsSecret: 'store-tls',
    acrossZones: true,
  });
  const [cluster] = objects.filter((o) => o.kind === 'PerconaServerMongoDB') as (KubeObject & {
    spec: { replsets: Record<string, unknown>[]; crVersion: string; secrets: unknown };
  })[];
  expect(cluster!.spec.crVersion).toBe('1.21.0');
  expect(cluster!.spec.secrets).toEqual({ users: 'store-system-users', ssl: 'store-tls' });
  expect(cluster!.spec.replsets).toHaveLength(1);
  const [rs] = cluster!.spec.replsets;
  const main = { 'app.kubernetes.io/instance': 'store', 'app.kubernetes.io/replset': 'main' };
  expect(rs).toMatchObject({
    name: 'main',
    size: 5,
    affinity: { antiAffinityTopologyKey: 'topology.kubernetes.io/zone' },
    topologySpreadConstraints: [
      {
        labelSelector: { matchLabels: main },
        maxSkew: 1,
        topologyKey: 'kubernetes.io/hostname',
        whenUnsatisfiable: 'DoNotSchedule',
      },
    ],
  });
  const exporter = (rs!.sidecars as { args: string[] }[])[0]!;
  expect(exporter.args[0]).toBe('--mongodb.uri=mongodb://127.0.0.1:27018/admin?tls=true&tlsInsecure=true');
  // The members' port and labels everywhere: the clients and the members reach mongod on 27018.
  expect(
    connects(objects, { namespace: 'apps', labels: { app: 'orders' } }, { namespace: 'data', labels: main }, 27018),
  ).toBe(true);
  expect(connects(objects, { namespace: 'data', labels: main }, { namespace: 'data', labels: main }, 27018)).toBe(true);
  expect(
    connects(objects, { namespace: 'apps', labels: { app: 'orders' } }, { namespace: 'data', labels: main }, 27017),
  ).toBe(false);
  // Only the CA leaves the TLS Secret named: first beside the server, then into each client namespace.
  const copies = objects.filter((o) => o.kind === 'ExternalSecret' && o.metadata.name === 'store-ca') as unknown as {
    metadata: { namespace: string };
    spec: { data: unknown };
  }[];
  expect(copies.map((c) => [c.metadata.namespace, c.spec.data])).toEqual([
    ['data', [{ secretKey: 'ca.crt', remoteRef: { key: 'store-tls', property: 'ca.crt' } }]],
    ['apps', [{ secretKey: 'ca.crt', remoteRef: { key: 'store-ca', property: 'ca.crt' } }]],
  ]);
  expect(objects.filter((o) => o.kind === 'PodMonitor').map((o) => (o.spec as { selector: unknown }).selector)).toEqual(
    [{ matchLabels: main }],
  );
});

test("every credential from the Secret Manager keys given, whatever the cluster's name", () => {
  const objects = objectsOf({
    ...props,
    users: [{ name: 'orders', database: 'orders_db', passwordRemoteKey: 'orders-login' }],
    systemUsersRemoteKey: 'operators-logins',
    backup: { ...props.backup, credentialsRemoteKey: 'backup-writer-key' },
  });
  const data = (name: string) =>
    (
      objects.find((o) => o.kind === 'ExternalSecret' && o.metadata.name === name)!.spec as {
        secretStoreRef: { name: string };
        data: { secretKey: string; remoteRef: { key: string; property?: string } }[];
      }
    ).data.map((d) => [d.secretKey, d.remoteRef.key, d.remoteRef.property]);
  expect(data('store-system-users')).toEqual(SYSTEM_USER_KEYS.map((key) => [key, 'operators-logins', key]));
  expect(data('store-users')).toEqual([['orders', 'orders-login', undefined]]);
  expect(data('store-backup-gcs')).toEqual([
    ['GCS_CLIENT_EMAIL', 'backup-writer-key', 'client_email'],
    ['GCS_PRIVATE_KEY', 'backup-writer-key', 'private_key'],
  ]);
  // Each read through the store given, in the replica set's namespace.
  for (const name of ['store-system-users', 'store-users', 'store-backup-gcs']) {
    const secret = objects.find((o) => o.kind === 'ExternalSecret' && o.metadata.name === name)!;
    expect([secret.metadata.namespace, (secret.spec as { secretStoreRef: unknown }).secretStoreRef]).toEqual([
      'data',
      { kind: 'SecretStore', name: 'secret-manager' },
    ]);
  }
  // The user in its own database, readWrite there only.
  const cluster = objects.find((o) => o.kind === 'PerconaServerMongoDB')!.spec as { users: unknown[] };
  expect(cluster.users).toEqual([
    {
      name: 'orders',
      db: 'orders_db',
      passwordSecretRef: { name: 'store-users', key: 'orders' },
      roles: [{ name: 'readWrite', db: 'orders_db' }],
    },
  ]);
});
