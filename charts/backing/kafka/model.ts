/** Kafka's part of the model (lib/model.ts): the Strimzi cluster of an environment and its clients' rights. */
import type { ResourceSize } from '../../../lib/model';

/** What a workload may do on Kafka: the ACLs of its KafkaUser. */
export interface KafkaAccess {
  /**
   * Name of its KafkaUser, in the Kafka cluster's namespace (and of the Secret the User Operator makes
   * for it there): the workload's name.
   */
  readonly user: string;
  /** Namespace of the workload. */
  readonly namespace: string;
  /** The copy of its KafkaUser's Secret (its certificate and key, nobody else's) beside it. */
  readonly certificateSecret: string;
  /** Topics it writes, sorted. */
  readonly produces: readonly string[];
  /** Topics it reads, sorted. */
  readonly consumes: readonly string[];
  /** Its consumer group (its name), when it consumes. */
  readonly consumerGroup?: string;
}

export interface KafkaTopicModel {
  readonly name: string;
  readonly partitions: number;
  readonly retentionHours: number;
  /** Workloads that write it, sorted. */
  readonly producers: readonly string[];
  /** Workloads that read it, sorted. */
  readonly consumers: readonly string[];
}

/** One node pool: its nodes' resources and storage. */
export interface KafkaNodes {
  readonly resources: ResourceSize;
  readonly storageGiB: number;
}

/** The Strimzi Kafka cluster of an environment. */
export interface KafkaModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly version: string;
  /** Port of the TLS listener (mutual TLS). */
  readonly port: number;
  /** Namespaces of the Kafka clients, sorted: each gets a copy of the cluster CA certificate. */
  readonly clientNamespaces: readonly string[];
  /** Topics, sorted by name. */
  readonly topics: readonly KafkaTopicModel[];
  /** The clients' rights, sorted by workload name. */
  readonly users: readonly KafkaAccess[];
  /** The brokers (3); also the controllers unless `controllers` is set. */
  readonly brokers: KafkaNodes;
  /** Dedicated controllers (3). */
  readonly controllers?: KafkaNodes;
  /** Spread over zones and tell Kafka each broker's zone (rack awareness). */
  readonly acrossZones: boolean;
}
