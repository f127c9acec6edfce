/**
 * What docs/<environment>.md says of the data services, on every platform of the repository, computed
 * from its description and environment files: the diagram's data stores (each labelled as the
 * platform's engine) and who uses them, Kafka's topics as a subgraph and as a table (partitions,
 * retention of the environment, producers and consumers), the inventory's identifying fields of topics
 * and node pools, and the note on MongoDB's own copies of its users' passwords.
 */
import { allObjects, platformModel, synth } from '../helpers';
import { environmentDoc } from '../../lib/docs';
import { platforms } from '../../platforms';

const cases = platforms.flatMap((source) =>
  [...platformModel(source).values()].map((env) => [`${source.name}/${env.name}`, source, env] as const),
);

/** The rows of the table under a `## heading`, as arrays of cells. */
function rows(doc: string, heading: string): string[][] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)
    .map((l) => l.slice(2, -2).split(' | '));
}
const id = (name: string) => name.replace(/[^A-Za-z0-9]/g, '_');

describe.each(cases)('%s', (_, source, env) => {
  const { platform } = source;
  const config = source.environments.find((e) => e.name === env.name)!;
  const doc = environmentDoc(env, allObjects(synth(env))).content;
  const mermaid = /```mermaid\n([\s\S]*?)```/.exec(doc)![1]!;
  const services = platform.services;
  const topics = [...(platform.backingServices.kafka?.topics ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
  const by = (direction: 'produces' | 'consumes', topic: string) =>
    services
      .filter((s) => s.uses?.kafka && (s.topics?.[direction] ?? []).includes(topic))
      .map((s) => s.name)
      .sort();

  test('the diagram: each data store it uses, labelled, and an edge from each of its users', () => {
    const engine = platform.backingServices.cloudSql?.engine ?? 'MYSQL_8_0';
    const stores: [string, string, (uses: Record<string, boolean | undefined>) => boolean][] = [
      ['mongodb', 'MongoDB', (uses) => uses.mongodb === true],
      [
        'cloudsql',
        `Cloud SQL ${engine.startsWith('MYSQL') ? 'MySQL' : 'PostgreSQL'}`,
        (u) => !!(u.mysql || u.postgresql),
      ],
      ['redis', 'Memorystore Redis', (uses) => uses.redis === true],
    ];
    for (const [node, label, uses] of stores) {
      const users = services.filter((s) => uses(s.uses ?? {}));
      const lines = mermaid.split('\n').filter((l) => l.includes(` ${node}[`) || l.endsWith(` --> ${node}`));
      expect(lines).toEqual(
        users.length === 0 ? [] : [`  ${node}[("${label}")]`, ...users.map((s) => `  ${id(s.name)} --> ${node}`)],
      );
    }
  });

  test("Kafka's topics: a subgraph of them, and a table with the environment's retention", () => {
    const subgraph = /^ {2}subgraph kafka\["Kafka"\]\n([\s\S]*?)^ {2}end$/m.exec(mermaid);
    const table = rows(doc, 'Kafka topics');
    if (topics.length === 0) {
      expect([subgraph, table]).toEqual([null, []]);
      return;
    }
    expect(subgraph![1]).toBe(topics.map((t) => `    ${id(`topic ${t.name}`)}>"${t.name}"]\n`).join(''));
    expect(doc).toContain(
      '\n## Kafka topics\n\nEach client has exactly these rights (KafkaUser ACLs): Write and Describe on what it produces, Read and\n' +
        'Describe on what it consumes, Read on its own consumer group when it consumes.\n\n' +
        '| topic | partitions | retention | produced by | consumed by |\n',
    );
    expect(table).toEqual(
      topics.map((t) => [
        `\`${t.name}\``,
        String(t.partitions),
        `${config.kafka!.topicRetentionHours?.[t.name] ?? config.kafka!.retentionHours} h`,
        by('produces', t.name).join(', '),
        by('consumes', t.name).join(', '),
      ]),
    );
  });

  test('the inventory names each topic with its partitions and each node pool with its replicas and roles', () => {
    const inventory = rows(doc, 'Objects');
    const kafka = platform.backingServices.kafka;
    const pools = !kafka
      ? []
      : kafka.dedicatedControllers
        ? [
            ['controllers', 'controller'],
            ['brokers', 'broker'],
          ]
        : [['dual-role', 'controller and broker']];
    expect(inventory.filter((r) => r[0] === 'KafkaNodePool').map((r) => [r[1], r[3]])).toEqual(
      pools.map(([pool, roles]) => [`${kafka!.namespace}/${pool}`, `replicas 3, ${roles}`]),
    );
    expect(
      inventory
        .filter((r) => r[0] === 'KafkaTopic')
        .map((r) => [r[1], r[3]])
        .sort(),
    ).toEqual(topics.map((t) => [`${kafka!.namespace}/${t.name}`, `partitions ${t.partitions}`]));
  });

  test("the Secret Manager note names MongoDB's own copies of its users' passwords exactly where it runs", () => {
    const mongodb = services.some((s) => s.uses?.mongodb);
    expect(doc.includes("; MongoDB's operator has its own copies of its users' passwords).")).toBe(mongodb);
  });
});
