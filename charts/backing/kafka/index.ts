/**
 * Kafka as a backing service: a Strimzi cluster in KRaft mode in its own namespace, outside the mesh,
 * one KafkaUser per client with exactly the ACLs its declared topics need, mutual TLS on the listener.
 */
import type { App } from 'cdk8s';
import { acrossZones, byName, duplicates } from '../../../lib/config/common';
import { asArray } from '../../../lib/json';
import type { PlatformSpec } from '../../../lib/config/schema';
import type { EnvironmentModel } from '../../../lib/model';
import { apiServer, DNS, podsNamed, prometheusPods } from '../../network-peers';
import type { NetworkRule } from '../../network-policy';
import type { BackingService, BackingTypes, ResolveContext } from '../types';
import { KafkaChart, type KafkaNodePoolSpec } from './chart';
import type { KafkaAccess, KafkaModel } from './model';
import {
  kafkaEnvironmentShape,
  kafkaOperatorsShape,
  kafkaSchema,
  kafkaServiceShape,
  kafkaStorageShape,
} from './schema';

/** The types Kafka adds to the input formats and the model. */
export interface KafkaTypes extends BackingTypes {
  readonly name: 'kafka';
  readonly uses: 'kafka';
  readonly platform: typeof kafkaSchema;
  readonly environment: typeof kafkaEnvironmentShape;
  readonly storage: typeof kafkaStorageShape;
  readonly service: typeof kafkaServiceShape;
  readonly operators: typeof kafkaOperatorsShape;
  /** Where its cluster runs, when the description declares Kafka. */
  readonly surroundings: { readonly kafka?: { readonly namespace: string; readonly port: number } };
  /** The Kafka cluster, when some workload uses Kafka. */
  readonly model: { readonly kafka?: KafkaModel };
  /** Its Kafka rights, when it uses Kafka. */
  readonly workload: { readonly kafka?: KafkaAccess };
}

/**
 * Where the clients find their certificates: the Secrets mounted into them, and the files their
 * ConfigMap points to. The KafkaUser's Secret (made by the User Operator) holds `user.crt` and
 * `user.key`; the copy of the cluster CA Secret holds `ca.crt`.
 */
const KAFKA_USER_DIR = '/etc/kafka/user';
const KAFKA_CA_DIR = '/etc/kafka/cluster-ca';

/** The Secret in which Strimzi publishes the cluster CA certificate; its copy beside the clients has the same name. */
const clusterCaSecret = (cluster: string) => `${cluster}-cluster-ca-cert`;

/** The copy, beside a Kafka client, of its KafkaUser's Secret (which the User Operator makes in Kafka's namespace). */
const certificateSecret = (client: string) => `${client}-kafka-user`;

type Service = ResolveContext['platform']['services'][number];

/** `backingServices.kafka`; its hooks run only when the description declares it (lib/config/load.ts). */
const kafkaOf = (platform: PlatformSpec) => platform.backingServices.kafka!;

/** A microservice's Kafka rights, from the topics it declares. */
function kafkaAccess(spec: Service): KafkaAccess {
  const consumes = [...spec.topics.consumes].sort();
  return {
    user: spec.name,
    namespace: spec.namespace,
    certificateSecret: certificateSecret(spec.name),
    produces: [...spec.topics.produces].sort(),
    consumes,
    ...(consumes.length > 0 ? { consumerGroup: spec.name } : {}),
  };
}

function resolveKafka({ platform, env }: ResolveContext): KafkaModel | undefined {
  const clients = platform.services.filter((s) => s.uses.kafka).sort(byName);
  const settings = env.kafka;
  const storageGiB = env.storage.kafkaBrokerGiB;
  if (clients.length === 0 || settings === undefined || storageGiB === undefined) return undefined;
  const kafka = kafkaOf(platform);
  const topics = kafka.topics
    .map((topic) => ({
      name: topic.name,
      partitions: topic.partitions,
      retentionHours: settings.topicRetentionHours[topic.name] ?? settings.retentionHours,
      producers: clients.filter((s) => s.topics.produces.includes(topic.name)).map((s) => s.name),
      consumers: clients.filter((s) => s.topics.consumes.includes(topic.name)).map((s) => s.name),
    }))
    .sort(byName);
  return {
    cluster: kafka.cluster,
    namespace: kafka.namespace,
    version: kafka.version,
    port: kafka.port,
    clientNamespaces: [...new Set(clients.map((s) => s.namespace))].sort(),
    topics,
    users: clients.map(kafkaAccess),
    brokers: { resources: settings.resources, storageGiB },
    ...(kafka.dedicatedControllers && settings.controllers ? { controllers: settings.controllers } : {}),
    acrossZones: acrossZones(platform),
  };
}

function addKafkaChart(app: App, env: EnvironmentModel): void {
  const kafka = env.kafka;
  if (!kafka) return;
  // KRaft: three nodes that are both controller and broker, or three dedicated controllers beside three brokers.
  const nodePools: KafkaNodePoolSpec[] = kafka.controllers
    ? [
        { name: 'controllers', roles: ['controller'], ...kafka.controllers },
        { name: 'brokers', roles: ['broker'], ...kafka.brokers },
      ]
    : [{ name: 'dual-role', roles: ['controller', 'broker'], ...kafka.brokers }];
  new KafkaChart(app, 'kafka', {
    platform: env.platform,
    name: kafka.cluster,
    namespace: kafka.namespace,
    version: kafka.version,
    port: kafka.port,
    nodePools,
    acrossZones: kafka.acrossZones,
    topics: kafka.topics,
    clients: kafka.users.map((user) => ({
      name: user.user,
      namespace: user.namespace,
      certificateSecret: user.certificateSecret,
      produces: user.produces,
      consumes: user.consumes,
      ...(user.consumerGroup ? { consumerGroup: user.consumerGroup } : {}),
      podLabels: podsNamed(user.user, user.namespace).podLabels,
    })),
  });
}

/** A container's resource fields, as the parity rules name them. */
const RESOURCES = ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'].map((f) => `resources.${f}`);

export const kafka: BackingService<KafkaTypes> = {
  name: 'kafka',
  uses: ['kafka'],
  schema: {
    platform: kafkaSchema,
    environment: kafkaEnvironmentShape,
    storage: kafkaStorageShape,
    service: kafkaServiceShape,
    operators: kafkaOperatorsShape,
  },
  check: {
    reservedNames: (platform) => {
      const name = clusterCaSecret(kafkaOf(platform).cluster);
      const what = "the copy of the Kafka cluster CA in the Kafka clients' namespace";
      // A copy of a CA Secret comes with a ServiceAccount `<name>-reader` and a SecretStore `<name>-source`.
      return [name, `${name}-reader`, `${name}-source`].map((n) => [n, what] as const);
    },
    /** Topics exist and are declared once; each service's Kafka use and topics agree. */
    platform: (platform, report) => {
      const kafka = kafkaOf(platform);
      const topicNames = kafka.topics.map((t) => t.name);
      const declared = new Set(topicNames);
      for (const name of duplicates(topicNames)) {
        report(['backingServices', 'kafka', 'topics'], `topic "${name}" is declared twice`);
      }
      if (platform.namespaces.includes(kafka.namespace)) {
        report(
          ['backingServices', 'kafka', 'namespace'],
          `"${kafka.namespace}" is an application namespace, in the mesh: Kafka needs its own (Strimzi does not support sidecars)`,
        );
      }
      platform.services.forEach((spec, i) => {
        const path = ['services', i];
        for (const direction of ['produces', 'consumes'] as const) {
          spec.topics[direction].forEach((topic, j) => {
            if (!declared.has(topic)) {
              report(
                [...path, 'topics', direction, j],
                `${direction} unknown topic "${topic}" (declared: ${topicNames.join(', ') || 'none'})`,
              );
            }
          });
          for (const topic of duplicates(spec.topics[direction])) {
            report([...path, 'topics', direction], `"${topic}" is listed twice`);
          }
        }
        const hasTopics = spec.topics.produces.length + spec.topics.consumes.length > 0;
        if (hasTopics && !spec.uses.kafka) {
          report([...path, 'topics'], 'produces or consumes topics but does not declare uses.kafka');
        }
        if (!hasTopics && spec.uses.kafka) {
          report([...path, 'uses', 'kafka'], 'uses Kafka but produces and consumes no topic: list them under topics');
        }
      });
    },
    environment: (platform, env, report, checkSize) => {
      if (env.kafka) {
        checkSize(['kafka', 'resources'], env.kafka.resources);
        if (env.kafka.controllers) checkSize(['kafka', 'controllers', 'resources'], env.kafka.controllers.resources);
      }
      if (platform === undefined) return;
      const used = platform.services.some((s) => s.uses.kafka);
      if (used && env.storage.kafkaBrokerGiB === undefined) {
        report(['storage', 'kafkaBrokerGiB'], 'is required: some services use Kafka');
      }
      if (used && env.operators.strimzi === undefined) {
        report(['operators', 'strimzi'], 'is required: some services use Kafka');
      }
      const dedicated = kafkaOf(platform).dedicatedControllers;
      if (env.kafka && dedicated && !env.kafka.controllers) {
        report(['kafka', 'controllers'], "is required: the platform's Kafka has dedicated controllers");
      }
      if (env.kafka && !dedicated && env.kafka.controllers) {
        report(
          ['kafka', 'controllers'],
          "the platform's Kafka has no dedicated controllers (backingServices.kafka.dedicatedControllers)",
        );
      }
      const topics = new Set(kafkaOf(platform).topics.map((t) => t.name));
      if (used && env.kafka === undefined) {
        report(['kafka'], 'is required: some services use Kafka');
      }
      for (const topic of Object.keys(env.kafka?.topicRetentionHours ?? {})) {
        if (!topics.has(topic)) report(['kafka', 'topicRetentionHours', topic], `unknown topic "${topic}"`);
      }
    },
    /** A topic produced but never consumed, or the reverse. */
    warnings: (platform, warn) => {
      kafkaOf(platform).topics.forEach((topic, i) => {
        const by = (direction: 'produces' | 'consumes') =>
          platform.services
            .filter((s) => s.topics[direction].includes(topic.name))
            .map((s) => s.name)
            .sort();
        const [producers, consumers] = [by('produces'), by('consumes')];
        const at = ['backingServices', 'kafka', 'topics', i];
        if (producers.length === 0 && consumers.length === 0) warn(at, 'no service produces or consumes it');
        else if (consumers.length === 0) warn(at, `produced by ${producers.join(', ')} but consumed by no service`);
        else if (producers.length === 0) warn(at, `consumed by ${consumers.join(', ')} but produced by no service`);
      });
    },
  },
  model: {
    client: ({ platform }, spec) => {
      const kafka = kafkaOf(platform);
      return {
        config: {
          KAFKA_BOOTSTRAP_SERVERS: `${kafka.cluster}-kafka-bootstrap.${kafka.namespace}.svc:${kafka.port}`,
          KAFKA_SECURITY_PROTOCOL: 'SSL',
          KAFKA_TLS_CA_FILE: `${KAFKA_CA_DIR}/ca.crt`,
          KAFKA_TLS_CERT_FILE: `${KAFKA_USER_DIR}/user.crt`,
          KAFKA_TLS_KEY_FILE: `${KAFKA_USER_DIR}/user.key`,
          ...(spec.topics.consumes.length > 0 ? { KAFKA_CONSUMER_GROUP: spec.name } : {}),
        },
        mounts: [
          { volume: 'kafka-cluster-ca', secretName: clusterCaSecret(kafka.cluster), mountPath: KAFKA_CA_DIR },
          { volume: 'kafka-user', secretName: certificateSecret(spec.name), mountPath: KAFKA_USER_DIR },
        ],
        workload: { kafka: kafkaAccess(spec) },
      };
    },
    surroundings: ({ platform }) => {
      const { namespace, port } = kafkaOf(platform);
      return { kafka: { namespace, port } };
    },
    environment: (ctx) => {
      const model = resolveKafka(ctx);
      return model ? { kafka: model } : {};
    },
  },
  charts: {
    add: addKafkaChart,
    clientRules: (env) =>
      env.kafka
        ? {
            egress: [{ peer: { namespace: env.kafka.namespace }, ports: [{ port: env.kafka.port }] }],
            namespaces: [env.kafka.namespace],
          }
        : {},
    namespaces: (env) => (env.kafka ? [env.kafka.namespace] : []),
    /** The cluster operator, and the cluster's pods when there is one. */
    // Where the environment has a Kafka cluster: its operator has nothing to do otherwise.
    isolation: (env) => {
      if (!env.kafka) return [];
      const kafkaNamespace = env.kafka.namespace;
      const api = apiServer(env);
      const scrapedBy = (...ports: number[]): NetworkRule => ({
        peer: prometheusPods(env),
        ports: ports.map((port) => ({ port })),
      });
      const kafkaPods = (labels: Record<string, string>) => ({ namespace: kafkaNamespace, podLabels: labels });
      const strimziOperator = { 'strimzi.io/kind': 'cluster-operator' };
      return [
        {
          namespace: kafkaNamespace,
          components: [
            {
              name: 'strimzi-cluster-operator',
              podSelector: strimziOperator,
              ingress: [scrapedBy(8080)],
              // The API, and the clusters' pods it manages (admin client, the brokers' agent).
              egress: [
                DNS,
                api,
                { peer: { namespace: kafkaNamespace, podLabels: { 'strimzi.io/kind': 'Kafka' } }, ports: [] },
              ],
            },
            ...(env.kafka
              ? [
                  {
                    name: env.kafka.cluster,
                    // Brokers, controllers, the entity operator and the Kafka exporter: each other, the cluster
                    // operator, the clients on the TLS listener (Strimzi makes no policy of its own here).
                    podSelector: { 'strimzi.io/cluster': env.kafka.cluster },
                    ingress: [
                      ...env.kafka.users.map((user) => ({
                        peer: podsNamed(user.user, user.namespace),
                        ports: [{ port: env.kafka!.port }],
                      })),
                      { peer: kafkaPods({ 'strimzi.io/cluster': env.kafka.cluster }), ports: [] },
                      { peer: kafkaPods(strimziOperator), ports: [] },
                      scrapedBy(9404),
                    ],
                    // Each other; the API (the entity operator; the brokers' init container reads its node's zone).
                    egress: [DNS, api, { peer: kafkaPods({ 'strimzi.io/cluster': env.kafka.cluster }), ports: [] }],
                  },
                ]
              : []),
          ],
        },
      ];
    },
    operators: (env, wave) =>
      !env.kafka || !env.gitops.operators.strimzi
        ? []
        : [
            {
              name: 'strimzi-kafka-operator',
              namespace: env.kafka.namespace,
              chart: env.gitops.operators.strimzi,
              wave,
              crds: 'unannotated',
              // Its own namespace only: the Kafka cluster, its topics and users (and the users' Secrets) live there.
              // No NetworkPolicies of its own: Strimzi's open the brokers' metrics port to every pod; the
              // platform's (network.yaml) admit the clients to the listener and Prometheus alone to the metrics.
              values: { watchNamespaces: [], generateNetworkPolicy: false },
            },
          ],
  },
  references: {
    operatorSecrets: ['kafka.strimzi.io/v1/KafkaUser'],
    // The cluster CA certificate, which clients trust.
    published: { 'kafka.strimzi.io/v1/Kafka': (name) => [clusterCaSecret(name)] },
  },
  kinds: {
    Kafka: { wave: 'dataClusters', loses: 'the Kafka cluster, its brokers’ volumes and every topic’s messages' },
    KafkaNodePool: { wave: 'dataClusters', loses: 'the pool’s nodes and their volumes (the partitions they hold)' },
    KafkaTopic: {
      wave: 'dataAccess',
      loses: 'the topic and every message in it, and its consumer groups’ committed offsets',
    },
    KafkaUser: { wave: 'dataAccess' },
  },
  parity: [
    { why: 'sizes', kinds: ['KafkaNodePool'], paths: RESOURCES.map((r) => `spec.${r}`) },
    { why: 'storage', kinds: ['KafkaNodePool'], paths: ['spec.storage.size'] },
    { why: 'retention', kinds: ['KafkaTopic'], paths: ['spec.config["retention.ms"]'] },
  ],
  docs: {
    // Clients are linked to their topics instead, when there are topics.
    diagram: {
      id: 'kafka',
      label: () => 'Kafka',
      used: (env, w) => w.uses.kafka && (env.kafka?.topics ?? []).length === 0,
    },
    // Kafka as its topics: who writes each one, who reads it.
    topology: (env, node) => {
      const topics = env.kafka?.topics ?? [];
      if (topics.length === 0) return [];
      const lines = ['  subgraph kafka["Kafka"]'];
      for (const t of topics) lines.push(`    ${node(`topic ${t.name}`)}>"${t.name}"]`);
      lines.push('  end');
      for (const t of topics) {
        for (const p of t.producers) lines.push(`  ${node(p)} -.->|produces| ${node(`topic ${t.name}`)}`);
        for (const c of t.consumers) lines.push(`  ${node(`topic ${t.name}`)} -.->|consumed by| ${node(c)}`);
      }
      return lines;
    },
    sections: (env, table) => {
      const topics = env.kafka?.topics ?? [];
      if (topics.length === 0) return [];
      return [
        '## Kafka topics',
        '',
        'Each client has exactly these rights (KafkaUser ACLs): Write and Describe on what it produces, Read and',
        'Describe on what it consumes, Read on its own consumer group when it consumes.',
        '',
        table(
          ['topic', 'partitions', 'retention', 'produced by', 'consumed by'],
          topics.map((t) => [
            `\`${t.name}\``,
            String(t.partitions),
            `${t.retentionHours} h`,
            t.producers.join(', '),
            t.consumers.join(', '),
          ]),
        ),
        '',
      ];
    },
    zoneSpread: (env) => (env.kafka?.acrossZones ? 'Kafka' : undefined),
    identifyingFields: {
      KafkaTopic: (_o, spec) => `partitions ${String(spec.partitions)}`,
      KafkaNodePool: (_o, spec) => `replicas ${String(spec.replicas)}, ${asArray(spec.roles).join(' and ')}`,
    },
  },
};
