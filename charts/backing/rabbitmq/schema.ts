/**
 * RabbitMQ's fragments of the input formats: the broker and its exchanges (in the platform's
 * `backingServices.rabbitmq`), what each service publishes and consumes (`events`), and the broker's
 * size per environment (`rabbitmq`) and its operators' chart (`operators.rabbitmqOperator`). Plain zod
 * schemas, checked at the edge with the rest of the description (lib/config/schema.ts composes them).
 */
import { z } from 'zod';
import { helmChart, label, sizeSchema, storageGiB, taggedImage } from '../../../lib/config/fields';

/**
 * An exchange or event name that is also part of a Kubernetes object name (a DNS-1123 subdomain):
 * lower-case letters, digits, "." and "-". No `*` or `#`: a binding key is the event itself, matched
 * exactly (a topic exchange treats them as wildcards).
 */
const resourceName = z
  .string()
  .max(200, 'must be at most 200 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
    'must be lower-case letters, digits, "." and "-", starting and ending with a letter or digit',
  );

/** The broker of the platform (`backingServices.rabbitmq`). */
export const rabbitMqPlatformSchema = z.strictObject({
  /** Name of the RabbitmqCluster (and of its Service, `<cluster>.<namespace>.svc`). */
  cluster: label,
  /** Its own namespace, outside the mesh (the broker has its own TLS; see charts/backing/rabbitmq/README.md). */
  namespace: label,
  /** The virtual host every exchange and queue lives in. */
  vhost: label,
  /** RabbitMQ image (4.x, management plugin included), with its tag. */
  image: taggedImage.default('docker.io/library/rabbitmq:4.1.4-management'),
  /**
   * The exchanges (topic exchanges, durable) and the events each carries, as routing keys. An event
   * belongs to one exchange; services declare which events they publish and consume.
   */
  exchanges: z
    .array(
      z.strictObject({
        name: resourceName,
        events: z.array(resourceName).min(1),
        /** What the exchange carries (documentation only). */
        description: z.string().optional(),
      }),
    )
    .default([]),
});

/**
 * What a service does on RabbitMQ (`events`; it must declare `uses.rabbitmq`): the events it publishes
 * (it may write to their exchanges, nothing else) and those it consumes (from one durable quorum queue
 * of its own, named after it and bound to the exchange of each event by that event's routing key).
 */
export const rabbitMqEventsSchema = z
  .strictObject({ publishes: z.array(resourceName).default([]), consumes: z.array(resourceName).default([]) })
  .default({ publishes: [], consumes: [] });

/** The broker's size in one environment (`rabbitmq`, required when some service uses RabbitMQ). */
export const rabbitMqEnvironmentSchema = z.strictObject({
  /** RabbitMQ nodes: 1, or an odd number so that quorum queues keep a majority (3 in highAvailability). */
  replicas: z.number().int().min(1).max(9),
  /** Requests and limits of each node's RabbitMQ container. */
  resources: sizeSchema,
  /** Persistent volume of each node, in GiB (kept when the cluster is deleted). */
  storageGiB,
});

/** Top-level fields of an environment file. */
export const rabbitMqEnvironmentShape = {
  /** The RabbitMQ broker (required when some service uses RabbitMQ). */
  rabbitmq: rabbitMqEnvironmentSchema.optional(),
};

/** Fields of a service beside `uses`. */
export const rabbitMqServiceShape = {
  /** The RabbitMQ events this service publishes and consumes (it must declare `uses.rabbitmq`). */
  events: rabbitMqEventsSchema,
};

/** Fields of an environment's `operators`. */
export const rabbitMqOperatorsShape = {
  /** The RabbitMQ cluster and messaging topology operators (required when some service uses RabbitMQ). */
  rabbitmqOperator: helmChart.optional(),
};

/** `backingServices.rabbitmq`: optional, a platform has a broker or not. */
export const rabbitMqSchema = rabbitMqPlatformSchema.optional();

export type RabbitMqPlatformSpec = z.output<typeof rabbitMqPlatformSchema>;
export type RabbitMqEnvironmentSpec = z.output<typeof rabbitMqEnvironmentSchema>;
