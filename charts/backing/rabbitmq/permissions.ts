/**
 * A client's rights on the broker, from its declared events alone (the counterpart of a KafkaUser's
 * ACLs). RabbitMQ checks three regular expressions per user and virtual host against the name of the
 * exchange or queue an operation touches: configure (declare, delete), write (publish to an exchange,
 * bind to a queue) and read (consume from a queue, bind from an exchange). Here:
 * - configure: nothing. The exchanges, queues and bindings are the messaging topology operator's;
 *   clients must not declare them (a client library's passive declare needs no right);
 * - write: exactly the exchanges of the events it publishes;
 * - read: exactly its own queue, when it consumes;
 * and, per exchange it writes, a topic permission that lets it publish only its own events' routing keys.
 * Each regex is anchored at both ends and escapes every name, so `user.events` matches that name only.
 * @see https://www.rabbitmq.com/docs/access-control#authorisation
 */
import type { RabbitMqClient } from './model';

/** The regex that RabbitMQ reads as "no resource": only the empty name, which no exchange or queue has. */
export const NOTHING = '^$';

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An anchored regex matching exactly these names (none: `^$`). */
export function exactly(names: readonly string[]): string {
  return names.length === 0 ? NOTHING : `^(${[...names].sort().map(escape).join('|')})$`;
}

/** A client's configure, write and read regexes. */
export function permissionsOf(client: RabbitMqClient) {
  return { configure: NOTHING, write: exactly(client.writes), read: exactly(client.queue ? [client.queue] : []) };
}

/** Per exchange the client writes: the routing keys it may publish there (its own events on it). */
export function topicPermissionsOf(client: RabbitMqClient, eventsOf: (exchange: string) => readonly string[]) {
  return client.writes.map((exchange) => ({
    exchange,
    write: exactly(client.publishes.filter((event) => eventsOf(exchange).includes(event))),
    read: NOTHING,
  }));
}
