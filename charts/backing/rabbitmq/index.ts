/**
 * RabbitMQ as a backing service: a RabbitmqCluster (cluster operator) and its topology (messaging
 * topology operator) in its own namespace, outside the mesh, with mutual TLS of its own; per client a
 * User whose credentials come from Secret Manager and a Permission with exactly the rights its declared
 * events need. See ./README.md.
 */
import type { App } from 'cdk8s';
import { acrossZones } from '../../../lib/config/common';
import type { EnvironmentModel } from '../../../lib/model';
import { apiServer, DNS, podsNamed, prometheusPods } from '../../network-peers';
import type { BackingService, BackingTypes } from '../types';
import { RabbitMqChart } from './chart';
import { section, topologyLines } from './docs';
import {
  AMQPS_PORT,
  checkRabbitMq,
  checkRabbitMqEnvironment,
  CLIENT_TLS_DIR,
  clientConfig,
  PASSWORD_KEY,
  resolveRabbitMq,
  type RabbitMqModel,
} from './model';
import { brokerNamespace, clientEgress, SCRAPED_PORTS } from './network';
import { operatorRelease } from './operator';
import { rabbitMqEnvironmentShape, rabbitMqOperatorsShape, rabbitMqSchema, rabbitMqServiceShape } from './schema';

export { RabbitMqChart, type RabbitMqChartProps } from './chart';
export type { RabbitMqClient, RabbitMqExchange, RabbitMqModel, RabbitMqQueue } from './model';

/** The types RabbitMQ adds to the input formats and the model. */
export interface RabbitMqTypes extends BackingTypes {
  readonly name: 'rabbitmq';
  readonly uses: 'rabbitmq';
  readonly platform: typeof rabbitMqSchema;
  readonly environment: typeof rabbitMqEnvironmentShape;
  readonly storage: Record<never, never>;
  readonly service: typeof rabbitMqServiceShape;
  readonly operators: typeof rabbitMqOperatorsShape;
  readonly surroundings: Record<never, never>;
  /** The broker, when some workload uses RabbitMQ. */
  readonly model: { readonly rabbitmq?: RabbitMqModel };
  readonly workload: Record<never, never>;
}

/**
 * cert-manager's namespace (charts/platform-operators.ts installs it there): its cluster resource
 * namespace, where a CA ClusterIssuer reads its key (test/rabbitmq.test.ts checks they agree).
 */
export const CERT_MANAGER_NAMESPACE = 'cert-manager';

/** The sizes that differ between environments. */
const SIZES = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'].map((f) => `spec.resources.${f}`);

function addRabbitMqChart(app: App, env: EnvironmentModel): void {
  const rabbitmq = env.rabbitmq;
  if (!rabbitmq) return;
  new RabbitMqChart(app, 'rabbitmq', {
    platform: env.platform,
    name: rabbitmq.cluster,
    namespace: rabbitmq.namespace,
    vhost: rabbitmq.vhost,
    image: rabbitmq.image,
    replicas: rabbitmq.replicas,
    resources: rabbitmq.resources,
    storageGiB: rabbitmq.storageGiB,
    acrossZones: rabbitmq.acrossZones,
    exchanges: rabbitmq.exchanges,
    queues: rabbitmq.queues,
    clients: rabbitmq.clients,
    certManagerNamespace: CERT_MANAGER_NAMESPACE,
  });
}

export const rabbitmq: BackingService<RabbitMqTypes> = {
  name: 'rabbitmq',
  uses: ['rabbitmq'],
  schema: {
    platform: rabbitMqSchema,
    environment: rabbitMqEnvironmentShape,
    service: rabbitMqServiceShape,
    operators: rabbitMqOperatorsShape,
  },
  // `<service>-rabbitmq-password` in Secret Manager, `RABBITMQ_PASSWORD` in the container; its User reads it too.
  secretKeys: { rabbitmq: PASSWORD_KEY },
  check: {
    platform: (platform, report) =>
      checkRabbitMq(platform.backingServices.rabbitmq!, platform.services, platform.namespaces, report),
    environment: (platform, env, report) => {
      const used = platform?.services.some((s) => s.uses.rabbitmq) ?? false;
      checkRabbitMqEnvironment(used, env, report);
      if (used && env.operators.rabbitmqOperator === undefined) {
        report(['operators', 'rabbitmqOperator'], 'is required: some services use RabbitMQ');
      }
    },
    images: (platform) => {
      const broker = platform.backingServices.rabbitmq;
      return broker && platform.services.some((s) => s.uses.rabbitmq)
        ? [[['backingServices', 'rabbitmq', 'image'], broker.image]]
        : [];
    },
    /** An event published but consumed by no service. */
    warnings: (platform, warn) => {
      platform.backingServices.rabbitmq?.exchanges.forEach((exchange, i) => {
        exchange.events.forEach((event, j) => {
          const publishers = platform.services.filter((s) => s.events.publishes.includes(event)).map((s) => s.name);
          const consumed = platform.services.some((s) => s.events.consumes.includes(event));
          const at = ['backingServices', 'rabbitmq', 'exchanges', i, 'events', j];
          if (publishers.length === 0 && !consumed) warn(at, 'no service publishes or consumes it');
          else if (!consumed) warn(at, `published by ${publishers.sort().join(', ')} but consumed by no service`);
        });
      });
    },
  },
  model: {
    client: ({ platform }, spec) => {
      const broker = platform.backingServices.rabbitmq!;
      const model = { cluster: broker.cluster, namespace: broker.namespace, port: AMQPS_PORT, vhost: broker.vhost };
      return {
        config: clientConfig(model, spec.name, spec.events.consumes.length > 0),
        // Its client certificate and key, and the broker's CA, issued beside it by the broker's CA.
        mounts: [{ volume: 'rabbitmq-tls', secretName: `${spec.name}-rabbitmq-tls`, mountPath: CLIENT_TLS_DIR }],
      };
    },
    surroundings: () => ({}),
    environment: ({ platform, env }) => {
      const model = resolveRabbitMq(platform.backingServices.rabbitmq, platform.services, env, acrossZones(platform));
      return model ? { rabbitmq: model } : {};
    },
  },
  charts: {
    add: addRabbitMqChart,
    clientRules: (env) =>
      env.rabbitmq ? { egress: [clientEgress(env.rabbitmq)], namespaces: [env.rabbitmq.namespace] } : {},
    namespaces: (env) => (env.rabbitmq ? [env.rabbitmq.namespace] : []),
    isolation: (env) =>
      env.rabbitmq
        ? [
            brokerNamespace(env.rabbitmq, {
              dns: DNS,
              api: apiServer(env),
              controlPlaneCidr: env.surroundings.controlPlaneCidr,
              prometheus: prometheusPods(env),
              podsOf: podsNamed,
            }),
          ]
        : [],
    scrapedPorts: (env) => (env.rabbitmq ? SCRAPED_PORTS : []),
    // Its own wave (after the broker's certificate, whose CA the operators mount), not the operators' first.
    operators: (env) =>
      env.rabbitmq && env.gitops.operators.rabbitmqOperator
        ? [operatorRelease(env.rabbitmq, env.gitops.operators.rabbitmqOperator)]
        : [],
  },
  references: {
    reads: {
      // The user's credentials, which the messaging topology operator imports.
      'rabbitmq.com/v1beta1/User': (spec) => {
        const name = (spec.importCredentialsSecret as { name?: unknown } | undefined)?.name;
        return typeof name === 'string'
          ? ['username', 'password'].map((key) => ({ field: 'spec.importCredentialsSecret', name, key }))
          : [];
      },
      // The broker's certificate and the CA its clients' and peers' certificates are verified with.
      'rabbitmq.com/v1beta1/RabbitmqCluster': (spec) => {
        const tls = (spec.tls ?? {}) as { secretName?: unknown; caSecretName?: unknown };
        return [
          ...(typeof tls.secretName === 'string' ? [{ field: 'spec.tls.secretName', name: tls.secretName }] : []),
          ...(typeof tls.caSecretName === 'string' ? [{ field: 'spec.tls.caSecretName', name: tls.caSecretName }] : []),
        ];
      },
    },
  },
  kinds: {
    RabbitmqCluster: {
      wave: 'dataClusters',
      loses: 'the RabbitMQ cluster, its nodes’ volumes and every queued message',
    },
    Vhost: { wave: 'dataAccess', loses: 'the virtual host, and with it every exchange, queue and message in it' },
    Queue: { wave: 'dataAccess', loses: 'the queue and every message waiting in it' },
    Exchange: { wave: 'dataAccess' },
    Binding: { wave: 'dataAccess' },
    User: { wave: 'dataAccess' },
    Permission: { wave: 'dataAccess' },
    TopicPermission: { wave: 'dataAccess' },
  },
  parity: [
    { why: 'sizes', kinds: ['RabbitmqCluster'], paths: SIZES },
    { why: 'replicas', kinds: ['RabbitmqCluster'], paths: ['spec.replicas'] },
    { why: 'storage', kinds: ['RabbitmqCluster'], paths: ['spec.persistence.storage'] },
  ],
  docs: {
    topology: (env, node) => (env.rabbitmq ? topologyLines(env.rabbitmq, node) : []),
    sections: (env, table) => (env.rabbitmq ? section(env.rabbitmq, table) : []),
    zoneSpread: (env) => (env.rabbitmq?.acrossZones ? 'RabbitMQ' : undefined),
    identifyingFields: {
      RabbitmqCluster: (_o, spec) => `replicas ${String(spec.replicas)}`,
      Permission: (_o, spec) => {
        const p = (spec.permissions ?? {}) as Record<string, unknown>;
        return `write \`${String(p.write)}\`, read \`${String(p.read)}\``;
      },
      Binding: (_o, spec) =>
        `\`${String(spec.source)}\` \`${String(spec.routingKey)}\` to \`${String(spec.destination)}\``,
    },
  },
};
