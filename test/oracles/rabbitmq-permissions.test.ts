/**
 * A RabbitMQ client's rights (charts/backing/rabbitmq/permissions.ts) on hand-made clients, beyond what
 * the platforms declare: a publisher on two exchanges may publish on each only the routing keys of its
 * own events there; a client without a right gets RabbitMQ's documented "no access" pattern `^$`; names
 * with regex metacharacters match only themselves. Expectations from RabbitMQ's semantics: each pattern
 * is a regular expression matched against the whole resource name (or routing key).
 * @see https://www.rabbitmq.com/docs/access-control#authorisation
 * @see https://www.rabbitmq.com/docs/access-control#topic-authorisation
 */
import type { RabbitMqClient } from '../../charts/backing/rabbitmq/model';
import { exactly, permissionsOf, topicPermissionsOf } from '../../charts/backing/rabbitmq/permissions';

const client = (fields: Partial<RabbitMqClient>): RabbitMqClient => ({
  name: 'svc',
  namespace: 'apps',
  publishes: [],
  consumes: [],
  writes: [],
  credentialsSecret: 'svc-rabbitmq',
  passwordRemoteKey: 'svc-rabbitmq-password',
  secretStore: 'svc',
  tlsSecret: 'svc-rabbitmq-tls',
  ...fields,
});
const matches = (pattern: string, name: string) => new RegExp(pattern).test(name);

/** RabbitMQ's documented pattern for "no resource": it matches only the empty name. */
const NO_ACCESS = '^$';

test('a publisher on two exchanges may publish on each only its own events of that exchange', () => {
  const events: Record<string, string[]> = {
    'user.events': ['user.created', 'user.deleted'],
    'audit.events': ['audit.recorded', 'audit.purged'],
  };
  const publisher = client({
    publishes: ['audit.recorded', 'user.created'],
    writes: ['audit.events', 'user.events'],
  });
  const topics = topicPermissionsOf(publisher, (exchange) => events[exchange] ?? []);
  expect(topics).toHaveLength(2);
  const all = Object.values(events).flat();
  for (const { exchange, write, read } of topics) {
    const own = publisher.publishes.filter((e) => events[exchange]!.includes(e));
    expect(own).toHaveLength(1);
    for (const key of all) expect([exchange, key, matches(write, key)]).toEqual([exchange, key, own.includes(key)]);
    expect([exchange, read]).toEqual([exchange, NO_ACCESS]);
  }
  expect(topics.map((t) => t.exchange).sort()).toEqual(['audit.events', 'user.events']);
});

test('no right is the no-access pattern: configure always, write without events, read without a queue', () => {
  expect(permissionsOf(client({}))).toEqual({ configure: NO_ACCESS, write: NO_ACCESS, read: NO_ACCESS });
  const consumer = permissionsOf(client({ consumes: ['user.created'], queue: 'svc' }));
  expect(consumer.configure).toBe(NO_ACCESS);
  expect(consumer.write).toBe(NO_ACCESS);
  expect(['svc', 'svcx', 'xsvc', ''].map((n) => matches(consumer.read, n))).toEqual([true, false, false, false]);
  expect(exactly([])).toBe(NO_ACCESS);
});

test('names match only themselves: metacharacters are literal, the pattern is anchored at both ends', () => {
  const names = ['a.b', 'c+d', 'e*f', 'g?h', 'i(j)', 'k|l', '[m]', 'n{2}', 'o^p$q', 'r\\s'];
  const pattern = exactly(names);
  for (const name of names) expect([name, matches(pattern, name)]).toEqual([name, true]);
  const decoys = ['aXb', 'cd', 'ccd', 'ef', 'eeef', 'gh', 'ij', 'k', 'l', 'm', 'nn', 'o^p$qx', 'xa.b', 'rs', 'a.b.c'];
  for (const decoy of decoys) expect([decoy, matches(pattern, decoy)]).toEqual([decoy, false]);
  // Order does not change what a pattern admits.
  const reversed = exactly([...names].reverse());
  for (const name of [...names, ...decoys]) expect(matches(reversed, name)).toBe(matches(pattern, name));
});
