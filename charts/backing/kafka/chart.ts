import type { Construct } from 'constructs';
import {
  Kafka,
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecResourcesRequests,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
  KafkaSpecEntityOperatorTopicOperatorResourcesLimits,
  KafkaSpecEntityOperatorTopicOperatorResourcesRequests,
  KafkaSpecEntityOperatorUserOperatorResourcesLimits,
  KafkaSpecEntityOperatorUserOperatorResourcesRequests,
  KafkaSpecKafkaAuthorizationType,
  KafkaSpecKafkaExporterResourcesLimits,
  KafkaSpecKafkaExporterResourcesRequests,
  KafkaSpecKafkaListenersAuthenticationType,
  KafkaSpecKafkaListenersType,
  KafkaSpecKafkaMetricsConfigType,
  KafkaSpecKafkaRackType,
  KafkaTopic,
  KafkaUser,
  KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAclsOperations,
  KafkaUserSpecAuthorizationAclsResourcePatternType,
  KafkaUserSpecAuthorizationAclsResourceType,
  KafkaUserSpecAuthorizationType,
} from '../../../imports/kafka.strimzi.io';
import type { ResourceSize } from '../../../lib/model';
import { addPodMonitor } from '../../workload-monitoring';
import { PlatformChart, type PlatformChartProps } from '../../platform-chart';
import { SecretCopy } from '../../secret-copy';
import { SidecarlessDestination } from '../../sidecarless-destination';
import { SYNC_WAVE } from '../../sync-waves';
import { HOSTNAME, operatorContainerSecurity, operatorPodSecurity, ZONE } from '../../operator-pods';

/** Roles of a KafkaNodePool's nodes. */
export type KafkaNodeRole = 'broker' | 'controller';

/** A KafkaNodePool: nodes of the same roles, resources and storage. */
export interface KafkaNodePoolSpec {
  /** Pool name; its pods are `<cluster>-<pool>-<node id>`. */
  readonly name: string;
  /** What the nodes are: brokers, KRaft controllers, or both. */
  readonly roles: readonly KafkaNodeRole[];
  /** @default 3 */
  readonly replicas?: number;
  /** Persistent volume of each node, in GiB (kept when the cluster is deleted). */
  readonly storageGiB: number;
  /** Requests and limits of each node's Kafka container. */
  readonly resources: ResourceSize;
}

/** A topic and how long it keeps messages. */
export interface KafkaTopicSpec {
  /** Name of the topic (and of its KafkaTopic). */
  readonly name: string;
  /** Number of partitions: the most consumers of one group that can share the topic. */
  readonly partitions: number;
  /** How long records are kept (`retention.ms`). */
  readonly retentionHours: number;
}

/** A client: its KafkaUser (named after it), what it may write and read, and the labels of its pods. */
export interface KafkaClientSpec {
  /** Name of the client workload, of its KafkaUser and of the Secret the User Operator creates for it. */
  readonly name: string;
  /** Its namespace, where it finds its own certificate (a copy) and the cluster CA certificate. */
  readonly namespace: string;
  /** Name of the copy of its KafkaUser's Secret in its namespace. */
  readonly certificateSecret: string;
  /** Topics it may write (Write and Describe). */
  readonly produces: readonly string[];
  /** Topics it may read (Read and Describe). */
  readonly consumes: readonly string[];
  /** Its consumer group (Read), when it consumes. @default - none */
  readonly consumerGroup?: string;
  /** Labels that select its pods, which alone may connect to the listener. */
  readonly podLabels: Readonly<Record<string, string>>;
}

/** Props of `KafkaChart`. */
export interface KafkaChartProps extends PlatformChartProps {
  /** Name of the Kafka cluster. */
  readonly name: string;
  /** Its namespace, which must be outside the mesh (Strimzi does not support sidecars). */
  readonly namespace: string;
  /** Apache Kafka version (one the Strimzi operator supports). */
  readonly version: string;
  /** Port of the TLS listener, where clients authenticate with their certificates. @default 9093 */
  readonly port?: number;
  /** The node pools; in KRaft mode there must be controllers and brokers among them. */
  readonly nodePools: readonly KafkaNodePoolSpec[];
  /** Replicas of every topic (and of the internal topics). @default 3 */
  readonly replicationFactor?: number;
  /** Replicas that must have a write before it is acknowledged (acks=all). @default 2 */
  readonly minInSyncReplicas?: number;
  /**
   * Spread each pool over zones (hard) as well as nodes (hard), and give each broker its zone as its
   * rack, so that a topic's replicas land in different zones (needs 3 or more zones); otherwise over
   * nodes only (hard).
   * @default false
   */
  readonly acrossZones?: boolean;
  /** The topics, each a KafkaTopic managed by the Topic Operator. */
  readonly topics: readonly KafkaTopicSpec[];
  /**
   * The clients. Their KafkaUsers live in the cluster's namespace, where the User Operator makes each
   * one's Secret (certificate and key); each client's namespace gets a copy of its own Secret only.
   */
  readonly clients: readonly KafkaClientSpec[];
  /**
   * Resources of each entity operator container (topic and user operators) and of the Kafka exporter.
   * @default - requests 100m CPU and 256 MiB, limits 500m CPU and 512 MiB
   */
  readonly operatorResources?: ResourceSize;
}

const DEFAULT_OPERATOR_RESOURCES: ResourceSize = {
  requests: { cpuMillis: 100, memoryMiB: 256 },
  limits: { cpuMillis: 500, memoryMiB: 512 },
};

/**
 * The user Strimzi's images run as. Their default group is 0 (for OpenShift's arbitrary user ids); the
 * pods here run as the user's own group, which also owns the brokers' volumes.
 */
const STRIMZI_USER = 1001;

const cpu = (millis: number) => `${millis}m`;
const memory = (mebibytes: number) => `${mebibytes}Mi`;

/**
 * Requests and limits in the form of one of the generated `*Resources{Limits,Requests}` classes (each
 * field of each kind has its own, with the same `fromString`).
 */
function quantities<L, R>(
  size: ResourceSize,
  limits: { fromString(value: string): L },
  requests: { fromString(value: string): R },
) {
  return {
    limits: {
      cpu: limits.fromString(cpu(size.limits.cpuMillis)),
      memory: limits.fromString(memory(size.limits.memoryMiB)),
    },
    requests: {
      cpu: requests.fromString(cpu(size.requests.cpuMillis)),
      memory: requests.fromString(memory(size.requests.memoryMiB)),
    },
  };
}

const ROLES: Record<KafkaNodeRole, KafkaNodePoolSpecRoles> = {
  broker: KafkaNodePoolSpecRoles.BROKER,
  controller: KafkaNodePoolSpecRoles.CONTROLLER,
};
const READ = KafkaUserSpecAuthorizationAclsOperations.READ;
const WRITE = KafkaUserSpecAuthorizationAclsOperations.WRITE;
const DESCRIBE = KafkaUserSpecAuthorizationAclsOperations.DESCRIBE;

/**
 * The ACLs of a client, and nothing else: Write and Describe on the topics it produces, Read and
 * Describe on those it consumes (one ACL per topic), Read on its own consumer group when it consumes. Sorted.
 */
function aclsOf(client: KafkaClientSpec) {
  const topics = new Map<string, Set<KafkaUserSpecAuthorizationAclsOperations>>();
  const grant = (topic: string, ...operations: KafkaUserSpecAuthorizationAclsOperations[]) => {
    const set = topics.get(topic) ?? new Set();
    for (const operation of operations) set.add(operation);
    topics.set(topic, set);
  };
  for (const topic of client.produces) grant(topic, WRITE, DESCRIBE);
  for (const topic of client.consumes) grant(topic, READ, DESCRIBE);
  const literal = KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL;
  return [
    ...[...topics.keys()].sort().map((name) => ({
      resource: { type: KafkaUserSpecAuthorizationAclsResourceType.TOPIC, name, patternType: literal },
      operations: [...topics.get(name)!].sort(),
    })),
    ...(client.consumerGroup
      ? [
          {
            resource: {
              type: KafkaUserSpecAuthorizationAclsResourceType.GROUP,
              name: client.consumerGroup,
              patternType: literal,
            },
            operations: [READ],
          },
        ]
      : []),
  ];
}

/**
 * A Strimzi Kafka cluster in KRaft mode (no ZooKeeper) and everything that grants access to it:
 * - the Kafka resource: one TLS listener with mutual-TLS authentication and `simple` authorization,
 *   replication factor 3 and min.insync.replicas 2 for every topic, no topic auto-creation, rack
 *   awareness across zones when asked, Strimzi's metrics reporter, the entity operator (the Topic
 *   Operator and the User Operator in the cluster's namespace) and the Kafka exporter
 *   (consumer lag); a PodDisruptionBudget lets one node go at a time;
 * - its KafkaNodePools, each spread over nodes (and zones), with persistent storage;
 * - a KafkaTopic per topic and a KafkaUser per client, whose ACLs are exactly what the client
 *   produces and consumes, and a copy of that user's Secret (and only it) beside the client;
 * - the listener's `networkPolicyPeers`: the clients' pods (from which the cluster operator makes the
 *   listener's NetworkPolicy, where its NetworkPolicy generation is on);
 * - a copy of the cluster CA certificate in each client namespace (they verify the brokers with it), and a
 *   DestinationRule that keeps the mesh from wrapping the clients' TLS in its own;
 * - a PodMonitor for Prometheus.
 * Nothing here adds a sidecar: the namespace must be outside the mesh.
 * @see https://strimzi.io/docs/operators/latest/deploying
 */
export class KafkaChart extends PlatformChart {
  readonly kafka: Kafka;

  constructor(scope: Construct, id: string, props: KafkaChartProps) {
    super(scope, id, props);
    const { name: cluster, namespace } = props;
    const port = props.port ?? 9093;
    const replicationFactor = props.replicationFactor ?? 3;
    const minInSyncReplicas = props.minInSyncReplicas ?? 2;
    const acrossZones = props.acrossZones ?? false;
    const operatorResources = props.operatorResources ?? DEFAULT_OPERATOR_RESOURCES;
    const clusterLabel = { 'strimzi.io/cluster': cluster };
    const roles = new Set(props.nodePools.flatMap((p) => p.roles));
    if (!roles.has('broker') || !roles.has('controller')) {
      throw new Error(
        `${cluster}: nodePools must include brokers and controllers (got ${[...roles].join(', ') || 'none'})`,
      );
    }

    this.kafka = new Kafka(this, 'Kafka', {
      metadata: { name: cluster, namespace },
      spec: {
        kafka: {
          version: props.version,
          listeners: [
            {
              name: 'tls',
              port,
              type: KafkaSpecKafkaListenersType.INTERNAL,
              tls: true,
              authentication: { type: KafkaSpecKafkaListenersAuthenticationType.TLS },
              networkPolicyPeers: props.clients.map((client) => ({
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': client.namespace } },
                podSelector: { matchLabels: { ...client.podLabels } },
              })),
            },
          ],
          authorization: { type: KafkaSpecKafkaAuthorizationType.SIMPLE },
          config: {
            'auto.create.topics.enable': false,
            'default.replication.factor': replicationFactor,
            'min.insync.replicas': minInSyncReplicas,
            'offsets.topic.replication.factor': replicationFactor,
            'transaction.state.log.replication.factor': replicationFactor,
            'transaction.state.log.min.isr': minInSyncReplicas,
          },
          ...(acrossZones ? { rack: { type: KafkaSpecKafkaRackType.TOPOLOGY_HYPHEN_LABEL, topologyKey: ZONE } } : {}),
          metricsConfig: { type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER },
          // The pods' own templates are the node pools': a pool's `template.pod` replaces the cluster's.
          template: { podDisruptionBudget: { maxUnavailable: 1 } },
        },
        entityOperator: {
          topicOperator: {
            resources: quantities(
              operatorResources,
              KafkaSpecEntityOperatorTopicOperatorResourcesLimits,
              KafkaSpecEntityOperatorTopicOperatorResourcesRequests,
            ),
          },
          // The User Operator watches the cluster's own namespace (Strimzi's default): it writes the users'
          // Secrets where no workload keeps any, and where the entity operator's Role already lets it
          // write Secrets (it reads the clients CA there).
          userOperator: {
            watchedNamespace: namespace,
            resources: quantities(
              operatorResources,
              KafkaSpecEntityOperatorUserOperatorResourcesLimits,
              KafkaSpecEntityOperatorUserOperatorResourcesRequests,
            ),
          },
          template: {
            pod: { securityContext: operatorPodSecurity({ user: STRIMZI_USER }) },
            topicOperatorContainer: { securityContext: operatorContainerSecurity() },
            userOperatorContainer: { securityContext: operatorContainerSecurity() },
          },
        },
        kafkaExporter: {
          resources: quantities(
            operatorResources,
            KafkaSpecKafkaExporterResourcesLimits,
            KafkaSpecKafkaExporterResourcesRequests,
          ),
          template: {
            pod: { securityContext: operatorPodSecurity({ user: STRIMZI_USER }) },
            container: { securityContext: operatorContainerSecurity() },
          },
        },
      },
    });

    for (const pool of props.nodePools) {
      const selector = { ...clusterLabel, 'strimzi.io/pool-name': pool.name };
      const spread = (topologyKey: string, whenUnsatisfiable: string) => ({
        labelSelector: { matchLabels: selector },
        maxSkew: 1,
        topologyKey,
        whenUnsatisfiable,
      });
      new KafkaNodePool(this, `pool-${pool.name}`, {
        metadata: { name: pool.name, namespace, labels: clusterLabel },
        spec: {
          replicas: pool.replicas ?? 3,
          roles: pool.roles.map((role) => ROLES[role]),
          storage: {
            type: KafkaNodePoolSpecStorageType.PERSISTENT_HYPHEN_CLAIM,
            size: `${pool.storageGiB}Gi`,
            deleteClaim: false,
          },
          resources: quantities(pool.resources, KafkaNodePoolSpecResourcesLimits, KafkaNodePoolSpecResourcesRequests),
          template: {
            pod: {
              securityContext: operatorPodSecurity({ user: STRIMZI_USER, ownsVolumes: true }),
              // Never two nodes of a pool on one Kubernetes node: losing it would take a quorum (2 of 3).
              topologySpreadConstraints: acrossZones
                ? [spread(ZONE, 'DoNotSchedule'), spread(HOSTNAME, 'DoNotSchedule')]
                : [spread(HOSTNAME, 'DoNotSchedule')],
            },
            kafkaContainer: { securityContext: operatorContainerSecurity() },
            initContainer: { securityContext: operatorContainerSecurity() },
          },
        },
      });
    }

    for (const topic of props.topics) {
      new KafkaTopic(this, `topic-${topic.name}`, {
        metadata: { name: topic.name, namespace, labels: clusterLabel },
        spec: {
          partitions: topic.partitions,
          replicas: replicationFactor,
          config: {
            'cleanup.policy': 'delete',
            'min.insync.replicas': minInSyncReplicas,
            'retention.ms': topic.retentionHours * 3_600_000,
          },
        },
      });
    }

    for (const client of props.clients) {
      new KafkaUser(this, `user-${client.name}`, {
        metadata: { name: client.name, namespace, labels: clusterLabel },
        spec: {
          authentication: { type: KafkaUserSpecAuthenticationType.TLS },
          authorization: { type: KafkaUserSpecAuthorizationType.SIMPLE, acls: aclsOf(client) },
        },
      });
      // Its own certificate and key, and nobody else's, beside it, once the User Operator has made them.
      new SecretCopy(this, `certificate-${client.name}`, {
        name: client.certificateSecret,
        namespace: client.namespace,
        sourceNamespace: namespace,
        sourceSecret: client.name,
        wave: SYNC_WAVE.secretCopies,
      });
    }

    // The clients verify the brokers' certificates with the cluster CA, which Strimzi publishes in the
    // cluster's namespace; every key is copied, so that during a CA renewal the old and new CA are both trusted.
    const caSecret = `${cluster}-cluster-ca-cert`;
    for (const clientNamespace of [...new Set(props.clients.map((c) => c.namespace))].sort()) {
      new SecretCopy(this, `ClusterCa-${clientNamespace}`, {
        name: caSecret,
        namespace: clientNamespace,
        sourceNamespace: namespace,
        sourceSecret: caSecret,
      });
    }

    new SidecarlessDestination(this, 'Destination', { name: cluster, namespace });

    // Brokers and the Kafka exporter serve metrics on their `tcp-prometheus` port.
    addPodMonitor(this, {
      name: cluster,
      namespace,
      selector: { ...clusterLabel, 'strimzi.io/kind': 'Kafka' },
      endpoint: { port: 'tcp-prometheus', path: '/metrics' },
    });
  }
}
