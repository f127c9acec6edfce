/**
 * RabbitMQ events that are legal but suspicious (charts/backing/rabbitmq `warnings`): an event of an
 * exchange that no service publishes or consumes, or that is published but consumed by no service,
 * is warned about at its path (exchanges by name, events by index), naming the publishers in order.
 */
import { loadPlatform } from '../lib/config/load';
import type { PlatformInput } from '../lib/config/schema';
import { messagingPlatform } from './fixtures/messaging-platform';

const warningsOf = (change: (p: PlatformInput) => void) => {
  const { platform, environments } = messagingPlatform();
  change(platform);
  return loadPlatform(platform, environments).warnings.filter((w) => w.startsWith('platform: '));
};
const service = (p: PlatformInput, name: string) => p.services.find((s) => s.name === name)!;
const exchange = (p: PlatformInput, name: string) =>
  p.backingServices.rabbitmq!.exchanges!.find((e) => e.name === name)!;

test('every event published and consumed: no warning', () => {
  expect(warningsOf(() => {})).toEqual([]);
});

test('an event nobody publishes or consumes, and events published but consumed by no service', () => {
  const warnings = warningsOf((p) => {
    exchange(p, 'user.events').events.push('user.deleted');
    // user.created: published by user-service, and now by notification-service (described after it)
    // too; consumed by nobody.
    service(p, 'notification-service').events = { consumes: ['user.registered'], publishes: ['user.created'] };
    // auth.session-started: published by auth-service, consumed by nobody.
    service(p, 'analytics-service').events!.consumes = ['user.registered'];
  });
  expect(warnings).toHaveLength(3);
  expect([...warnings].sort()).toEqual(
    [
      'platform: backingServices.rabbitmq.exchanges.user.events.events.2: no service publishes or consumes it',
      'platform: backingServices.rabbitmq.exchanges.user.events.events.1: published by notification-service, user-service but consumed by no service',
      'platform: backingServices.rabbitmq.exchanges.auth.events.events.0: published by auth-service but consumed by no service',
    ].sort(),
  );
});
