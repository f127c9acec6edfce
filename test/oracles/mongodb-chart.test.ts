/**
 * `MongoChart` in a plain cdk8s app (its props as a user of the construct writes them, not through the
 * platform's mapping): its NetworkPolicy admits the operator's pods by the labels given, or by the
 * pinned psmdb-operator chart's own labels when none are given (the documented default), and nothing
 * else of the namespace; evaluated end to end (test/oracles/reachability.ts).
 */
import { App } from 'cdk8s';
import { MongoChart, type MongoChartProps } from '../../charts/backing/mongodb/chart';
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
