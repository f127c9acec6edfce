/** Kafka's fragments of the input formats (lib/config/schema.ts composes them). */
import { z } from 'zod';
import { anyPort, helmChart, label, sizeSchema, storageGiB } from '../../../lib/config/fields';

/** A Kafka topic name that is also the name of its KafkaTopic object (a DNS-1123 subdomain). */
const topicName = z
  .string()
  .max(249, 'must be at most 249 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
    'must be a topic name that is also a Kubernetes name: lower-case letters, digits, "." and "-"',
  );

/** The Strimzi Kafka cluster; clients use its TLS listener (mutual TLS). */
export const kafkaPlatformSchema = z.strictObject({
  cluster: label,
  /** Its own namespace, outside the mesh (Strimzi does not support sidecars). */
  namespace: label,
  port: anyPort.default(9093),
  /** Apache Kafka version, one that the pinned Strimzi operator (1.2.0) supports. */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a Kafka version such as "4.3.1"')
    .default('4.3.1'),
  /**
   * Three KRaft controllers of their own beside three brokers (sized per environment under
   * `kafka.controllers`); otherwise each of three nodes is both. The same in every environment.
   */
  dedicatedControllers: z.boolean().default(false),
  /** The topics (the platform's events); services declare which they produce and consume. */
  topics: z
    .array(
      z.strictObject({
        name: topicName,
        /** Partitions: the most consumers of one group that can share the topic's load. */
        partitions: z.number().int().min(1).max(1000).default(3),
        /** What the topic carries (documentation only). */
        description: z.string().optional(),
      }),
    )
    .default([]),
});

/** A service's fields. */
export const kafkaServiceShape = {
  /**
   * The Kafka topics this microservice produces to and consumes from (it must declare `uses.kafka`).
   * Its KafkaUser gets exactly these rights: Write and Describe on what it produces, Read and
   * Describe on what it consumes plus Read on its own consumer group (named after it).
   */
  topics: z
    .strictObject({ produces: z.array(topicName).default([]), consumes: z.array(topicName).default([]) })
    .default({ produces: [], consumes: [] }),
};

/** An environment's fields. */
export const kafkaEnvironmentShape = {
  /** The Kafka cluster (required when some service uses Kafka): 3 nodes, sized here. */
  kafka: z
    .strictObject({
      /** Resources of each broker (of each node, when brokers are also controllers). */
      resources: sizeSchema,
      /** How long topics keep messages, in hours. */
      retentionHours: z.number().int().min(1),
      /** Topics that keep messages for another time than `retentionHours`, by topic name. */
      topicRetentionHours: z.record(topicName, z.number().int().min(1)).default({}),
      /** The dedicated controllers (required when the platform's Kafka has `dedicatedControllers`). */
      controllers: z.strictObject({ resources: sizeSchema, storageGiB }).optional(),
    })
    .optional(),
};

/** `backingServices.kafka`: optional, a platform has a Kafka cluster or not. */
export const kafkaSchema = kafkaPlatformSchema.optional();

/** An environment's `storage` fields. */
export const kafkaStorageShape = {
  /** Each broker's volume (required when some service uses Kafka). */
  kafkaBrokerGiB: storageGiB.optional(),
};

/** An environment's `operators` fields. */
export const kafkaOperatorsShape = {
  /** The Strimzi cluster operator (required when some service uses Kafka). */
  strimzi: helmChart.optional(),
};
