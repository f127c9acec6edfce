/**
 * RabbitMQ's part of `docs/<environment>.md`: its exchanges in the topology diagram, and a section that
 * lists every client's rights as the Permission objects grant them.
 */
import type { RabbitMqModel } from './model';
import { permissionsOf } from './permissions';

/** Mermaid lines: the exchanges, who publishes to each and whose queue each feeds. */
export function topologyLines(model: RabbitMqModel, node: (name: string) => string): string[] {
  const exchange = (name: string) => node(`exchange ${name}`);
  return [
    '  subgraph rabbitmq["RabbitMQ"]',
    ...model.exchanges.map((e) => `    ${exchange(e.name)}>"${e.name}"]`),
    '  end',
    ...model.exchanges.flatMap((e) => e.publishers.map((p) => `  ${node(p)} -.->|publishes| ${exchange(e.name)}`)),
    ...model.queues.flatMap((q) =>
      [...new Set(q.bindings.map((b) => b.exchange))].map(
        (e) => `  ${exchange(e)} -.->|queue ${q.name}| ${node(q.name)}`,
      ),
    ),
  ];
}

/** The section: the broker, then one row per client with its events and its three permission regexes. */
export function section(
  model: RabbitMqModel,
  table: (header: readonly string[], rows: readonly (readonly string[])[]) => string,
): string[] {
  const code = (s: string) => `\`${s.replaceAll('|', '\\|')}\``;
  return [
    '## RabbitMQ',
    '',
    `\`${model.cluster}\` in \`${model.namespace}\`, ${model.replicas} node(s), virtual host \`${model.vhost}\`, AMQP over mutual TLS on ${model.port} only.`,
    'Each client has exactly these rights (Permission): no configure, write on the exchanges of the events it',
    'publishes, read on its own queue; a TopicPermission limits its routing keys to its own events.',
    '',
    table(
      ['client', 'publishes', 'consumes', 'configure', 'write', 'read'],
      model.clients.map((c) => {
        const p = permissionsOf(c);
        return [
          c.name,
          c.publishes.join(', ') || '-',
          c.consumes.length > 0 ? `${c.consumes.join(', ')} (queue \`${c.queue}\`)` : '-',
          code(p.configure),
          code(p.write),
          code(p.read),
        ];
      }),
    ),
    '',
  ];
}
