/**
 * The Namespaces of a platform, from its description alone: the names are DNS-1123 labels (Kubernetes
 * refuses others), and the namespaces that run pods outside the mesh (sidecar injection off) are exactly
 * those of the backing services the description has: Kafka's and MongoDB's clusters, RabbitMQ's broker.
 * Checked on Orofi (Kafka and MongoDB) and on a RabbitMQ platform without either.
 */
import { loadPlatform } from '../../lib/config/load';
import type { EnvironmentModel } from '../../lib/model';
import { messagingPlatform } from '../fixtures/messaging-platform';
import { ofKind, orofiModel, synth } from '../helpers';

const messaging = messagingPlatform();
const cases = [
  ...[...orofiModel().values()].map((env) => [`orofi ${env.name}`, env] as const),
  ...loadPlatform(messaging.platform, messaging.environments).environments.map(
    (env) => [`messaging ${env.name}`, env] as const,
  ),
];

/** The namespaces of the backing services that run pods in the cluster, as the description names them. */
const backingNamespaces = (env: EnvironmentModel) =>
  [env.kafka?.namespace, env.mongodb?.namespace, env.rabbitmq?.namespace].filter((n) => n !== undefined).sort();

test.each(cases)('%s: valid names; outside the mesh, exactly the backing services’ namespaces', (_, env) => {
  const namespaces = ofKind(synth(env), 'Namespace');
  expect(namespaces.length).toBeGreaterThan(backingNamespaces(env).length);
  for (const ns of namespaces) expect(ns.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
  const labels = (ns: (typeof namespaces)[number]) => (ns.metadata.labels ?? {}) as Record<string, string>;
  const outside = namespaces.filter((ns) => labels(ns)['istio-injection'] === 'disabled').map((ns) => ns.metadata.name);
  expect(outside.sort()).toEqual(backingNamespaces(env));
});
