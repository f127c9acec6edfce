/**
 * RabbitMQ's part of the model: the broker of one environment and what each client may do on it,
 * resolved from the description (`backingServices.rabbitmq`, each service's `uses.rabbitmq` and
 * `events`) and the environment (`rabbitmq`), after the checks below have passed.
 */
import { byName, duplicates, type Report } from '../../../lib/config/common';
import type { ResourceSize } from '../../../lib/model';
import type { RabbitMqEnvironmentSpec, RabbitMqPlatformSpec } from './schema';

/** A client of the broker and the rights its declared events give it. */
export interface RabbitMqClient {
  /** The workload; also its RabbitMQ user, its User and Permission objects and its queue. */
  readonly name: string;
  readonly namespace: string;
  /** Events it publishes, sorted. */
  readonly publishes: readonly string[];
  /** Events it consumes, sorted. */
  readonly consumes: readonly string[];
  /** Exchanges it may write to (those of the events it publishes), sorted. */
  readonly writes: readonly string[];
  /** Its queue, which it alone may read, when it consumes. */
  readonly queue?: string;
  /** The Secret (username and password) its User imports, written by an ExternalSecret beside it. */
  readonly credentialsSecret: string;
  /** Secret Manager key of its password (the key its workload reads too). */
  readonly passwordRemoteKey: string;
  /** Its own SecretStore (named after it), which reads Secret Manager as its own GCP service account. */
  readonly secretStore: string;
  /** Its client certificate (and the broker's CA), issued beside it by the broker's CA. */
  readonly tlsSecret: string;
}

/** An exchange, its events and who publishes and consumes them. */
export interface RabbitMqExchange {
  readonly name: string;
  /** Its events (routing keys), sorted. */
  readonly events: readonly string[];
  /** Clients that publish one of its events, sorted. */
  readonly publishers: readonly string[];
}

/** A consumer's queue and its bindings: one per event it consumes. */
export interface RabbitMqQueue {
  /** The queue, named after its consumer. */
  readonly name: string;
  readonly bindings: readonly { readonly exchange: string; readonly event: string }[];
}

/** The RabbitMQ cluster of an environment. */
export interface RabbitMqModel {
  readonly cluster: string;
  readonly namespace: string;
  /** AMQPS port (TLS only; the plain 5672 listener is off). */
  readonly port: number;
  readonly vhost: string;
  readonly image: string;
  readonly replicas: number;
  readonly resources: ResourceSize;
  readonly storageGiB: number;
  /** One node per zone (hard); otherwise one per node. */
  readonly acrossZones: boolean;
  /** Sorted by name. */
  readonly exchanges: readonly RabbitMqExchange[];
  /** Sorted by name. */
  readonly queues: readonly RabbitMqQueue[];
  /** Sorted by name. */
  readonly clients: readonly RabbitMqClient[];
  /** Namespaces of the clients, sorted: where their Users and Permissions live. */
  readonly clientNamespaces: readonly string[];
}

/** The cluster operator's AMQP-over-TLS port. */
export const AMQPS_PORT = 5671;
/** The Secret Manager key of a client's RabbitMQ password, and the key of its workload's Secret. */
export const PASSWORD_KEY = 'rabbitmq-password';
/** Where a client's container finds its certificate, key and the broker's CA. */
export const CLIENT_TLS_DIR = '/etc/rabbitmq/tls';

/** The part of a service's spec RabbitMQ reads. */
export interface RabbitMqServiceSpec {
  readonly name: string;
  readonly namespace: string;
  readonly uses: { readonly rabbitmq: boolean };
  readonly events: { readonly publishes: readonly string[]; readonly consumes: readonly string[] };
}

/**
 * The description's RabbitMQ problems, one per line at its path: an exchange or event declared twice,
 * an event no exchange declares, a consumed event that no service publishes, events listed twice,
 * events without `uses.rabbitmq` (and the reverse), an exchange named like a queue (names share the
 * permissions' regexes), the broker in an application namespace. (A service that uses RabbitMQ where the
 * description declares none is the core's problem, lib/config/load.ts.)
 */
export function checkRabbitMq(
  broker: RabbitMqPlatformSpec,
  services: readonly RabbitMqServiceSpec[],
  applicationNamespaces: readonly string[],
  report: Report,
): void {
  const at = ['backingServices', 'rabbitmq'];
  services.forEach((spec, i) => {
    const hasEvents = spec.events.publishes.length + spec.events.consumes.length > 0;
    if (hasEvents && !spec.uses.rabbitmq) {
      report(['services', i, 'events'], 'publishes or consumes events but does not declare uses.rabbitmq');
    }
    if (!hasEvents && spec.uses.rabbitmq) {
      report(
        ['services', i, 'uses', 'rabbitmq'],
        'uses RabbitMQ but publishes and consumes no event: list them under events',
      );
    }
  });
  if (applicationNamespaces.includes(broker.namespace)) {
    report(
      [...at, 'namespace'],
      `"${broker.namespace}" is an application namespace, in the mesh: RabbitMQ needs its own (it has its own TLS)`,
    );
  }
  const exchangeOf = new Map<string, string>();
  for (const name of duplicates(broker.exchanges.map((e) => e.name))) {
    report([...at, 'exchanges'], `exchange "${name}" is declared twice`);
  }
  broker.exchanges.forEach((exchange, i) => {
    exchange.events.forEach((event, j) => {
      const other = exchangeOf.get(event);
      if (other !== undefined) {
        report(
          [...at, 'exchanges', i, 'events', j],
          `event "${event}" is already carried by exchange "${other}": an event has one exchange`,
        );
      } else exchangeOf.set(event, exchange.name);
    });
  });
  const declared = [...exchangeOf.keys()];
  const published = new Set(services.flatMap((s) => s.events.publishes));
  const queues = new Set(services.filter((s) => s.events.consumes.length > 0).map((s) => s.name));
  broker.exchanges.forEach((exchange, i) => {
    if (queues.has(exchange.name)) {
      report(
        [...at, 'exchanges', i, 'name'],
        `"${exchange.name}" is also the queue of the service of that name: exchanges and queues share names in permissions`,
      );
    }
  });
  services.forEach((spec, i) => {
    for (const direction of ['publishes', 'consumes'] as const) {
      const events = spec.events[direction];
      events.forEach((event, j) => {
        const path = ['services', i, 'events', direction, j];
        if (!exchangeOf.has(event)) {
          report(path, `${direction} unknown event "${event}" (declared: ${declared.join(', ') || 'none'})`);
        } else if (direction === 'consumes' && !published.has(event)) {
          report(path, `consumes "${event}", which no service publishes`);
        }
      });
      for (const event of duplicates(events)) {
        report(['services', i, 'events', direction], `"${event}" is listed twice`);
      }
    }
  });
}

/** The environment's RabbitMQ problems: the broker's size is required when used, and fits the environment. */
export function checkRabbitMqEnvironment(
  used: boolean,
  env: { readonly rabbitmq?: RabbitMqEnvironmentSpec; readonly highAvailability: boolean },
  report: Report,
): void {
  if (env.rabbitmq === undefined) {
    if (used) report(['rabbitmq'], 'is required: some services use RabbitMQ');
    return;
  }
  const { replicas, resources } = env.rabbitmq;
  if (replicas > 1 && replicas % 2 === 0) {
    report(['rabbitmq', 'replicas'], `must be odd, so that quorum queues keep a majority (got ${replicas})`);
  }
  if (env.highAvailability && replicas < 3) {
    report(['rabbitmq', 'replicas'], `must be >= 3 in a highAvailability environment (got ${replicas})`);
  }
  for (const amount of ['cpuMillis', 'memoryMiB'] as const) {
    if (resources.limits[amount] < resources.requests[amount]) {
      report(
        ['rabbitmq', 'resources', 'limits', amount],
        `must be >= requests.${amount} (${resources.requests[amount]}) (got ${resources.limits[amount]})`,
      );
    }
  }
}

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

/** The broker of an environment, when some service uses it (after the checks above passed). */
export function resolveRabbitMq(
  broker: RabbitMqPlatformSpec | undefined,
  services: readonly RabbitMqServiceSpec[],
  env: { readonly rabbitmq?: RabbitMqEnvironmentSpec },
  acrossZones: boolean,
): RabbitMqModel | undefined {
  const users = services.filter((s) => s.uses.rabbitmq).sort(byName);
  if (broker === undefined || env.rabbitmq === undefined || users.length === 0) return undefined;
  const exchangeOf = new Map(broker.exchanges.flatMap((e) => e.events.map((event) => [event, e.name] as const)));
  const clients = users.map((s): RabbitMqClient => {
    const consumes = sorted(s.events.consumes);
    return {
      name: s.name,
      namespace: s.namespace,
      publishes: sorted(s.events.publishes),
      consumes,
      writes: sorted(s.events.publishes.map((event) => exchangeOf.get(event)!)),
      ...(consumes.length > 0 ? { queue: s.name } : {}),
      credentialsSecret: `${s.name}-rabbitmq-user`,
      passwordRemoteKey: `${s.name}-${PASSWORD_KEY}`,
      secretStore: s.name,
      tlsSecret: `${s.name}-rabbitmq-tls`,
    };
  });
  return {
    cluster: broker.cluster,
    namespace: broker.namespace,
    port: AMQPS_PORT,
    vhost: broker.vhost,
    image: broker.image,
    replicas: env.rabbitmq.replicas,
    resources: env.rabbitmq.resources,
    storageGiB: env.rabbitmq.storageGiB,
    acrossZones,
    exchanges: broker.exchanges
      .map((e) => ({
        name: e.name,
        events: sorted(e.events),
        publishers: clients.filter((c) => c.writes.includes(e.name)).map((c) => c.name),
      }))
      .sort(byName),
    queues: clients.flatMap((c) =>
      c.queue
        ? [{ name: c.queue, bindings: c.consumes.map((event) => ({ exchange: exchangeOf.get(event)!, event })) }]
        : [],
    ),
    clients,
    clientNamespaces: sorted(clients.map((c) => c.namespace)),
  };
}

/** What a client's container is told about the broker (its ConfigMap): no secret among it. */
export function clientConfig(
  model: Pick<RabbitMqModel, 'cluster' | 'namespace' | 'port' | 'vhost'>,
  client: string,
  consumes: boolean,
) {
  return {
    RABBITMQ_HOST: `${model.cluster}.${model.namespace}.svc.cluster.local`,
    RABBITMQ_PORT: String(model.port),
    RABBITMQ_VHOST: model.vhost,
    RABBITMQ_USERNAME: client,
    RABBITMQ_TLS_CA_FILE: `${CLIENT_TLS_DIR}/ca.crt`,
    RABBITMQ_TLS_CERT_FILE: `${CLIENT_TLS_DIR}/tls.crt`,
    RABBITMQ_TLS_KEY_FILE: `${CLIENT_TLS_DIR}/tls.key`,
    ...(consumes ? { RABBITMQ_QUEUE: client } : {}),
  };
}
