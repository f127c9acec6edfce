/**
 * `npm run plan` on RabbitMQ's objects (the kinds charts/backing/rabbitmq declares): removing the
 * cluster, a virtual host or a queue loses messages, and the plan says so, naming RabbitMQ's own loss
 * rather than a generic one; removing an exchange, a binding, a user or a permission loses no data
 * (the topology operator makes them again from the description) and is no destructive change.
 */
import * as yaml from 'js-yaml';
import { planChanges } from '../../lib/plan';
import type { ManifestFile } from '../../lib/synth';
import type { KubeObject } from '../../lib/validate';

const PATH = 'dev/rabbitmq.yaml';
const file = (...objects: KubeObject[]): ManifestFile => ({
  path: PATH,
  objects,
  content: objects.map((o) => yaml.dump(o)).join('---\n'),
});
const object = (kind: string): KubeObject => ({
  apiVersion: 'rabbitmq.com/v1beta1',
  kind,
  metadata: { name: 'x', namespace: 'rabbitmq' },
  spec: {},
});
const removing = (kind: string) =>
  planChanges([file()], new Map([[PATH, file(object(kind)).content]])).destructive.map((d) => d.effect);

test.each([
  ['RabbitmqCluster', /message/],
  ['Vhost', /message/],
  ['Queue', /message/],
])('removing a %s is destructive and says it loses messages', (kind, loss) => {
  const [effect, ...more] = removing(kind);
  expect(more).toHaveLength(0);
  expect(effect).toMatch(/^removed; deleting it loses /);
  expect(effect).toMatch(loss);
  expect(effect).not.toContain('the data it holds');
});

test.each(['Exchange', 'Binding', 'User', 'Permission'])('removing a %s loses no data', (kind) => {
  expect(removing(kind)).toEqual([]);
});
