/**
 * The rights docs/<environment>.md states for Kafka clients, read back and checked against every
 * KafkaUser's ACLs: the sentence of the "Kafka topics" section names the operations on what a client
 * produces, on what it consumes and on its own consumer group; with the section's table (who produces
 * and who consumes each topic) it must give exactly each client's ACLs, so that the page cannot lie.
 * (A client that only produces has no consumer group, so no group right.)
 */
import { generateDocs } from '../../lib/docs';
import { ofKind, orofiModel, synth } from '../helpers';

const model = { environments: [...orofiModel().values()], warnings: [] };
const files = model.environments.flatMap((env) => synth(env));
const docs = generateDocs(model, files);

interface Acl {
  readonly operations: string[];
  readonly resource: { name: string; type: string; patternType: string };
}

describe.each(model.environments.map((env, i) => [env.name, env, docs[i]!.content] as const))(
  '%s',
  (name, env, doc) => {
    test('the stated rights and the topic table give exactly the KafkaUsers’ ACLs', () => {
      const section = doc.split(/^## /m).find((s) => s.startsWith('Kafka topics'))!;
      const text = section.replace(/\s+/g, ' ');
      const stated =
        /Each client has exactly these rights \(KafkaUser ACLs\): (\w+(?: and \w+)*) on what it produces, (\w+(?: and \w+)*) on what it consumes, (\w+(?: and \w+)*) on its own consumer group when it consumes\./.exec(
          text,
        );
      expect(stated).not.toBeNull();
      const [produce, consume, group] = stated!.slice(1).map((ops) => ops.split(' and '));
      const table = section
        .split('\n')
        .filter((l) => l.startsWith('| '))
        .slice(2)
        .map((l) => l.slice(2, -2).split(' | '));
      expect(table).toHaveLength(env.kafka!.topics.length);
      const expected = new Map<string, string[]>();
      const grant = (user: string, resource: string, ops: string[]) => {
        const key = `${user} ${resource}`;
        expected.set(key, [...new Set([...(expected.get(key) ?? []), ...ops])].sort());
      };
      for (const [topic, , , producers, consumers] of table) {
        const list = (cell: string) => (cell === '' ? [] : cell.split(', '));
        for (const p of list(producers!)) grant(p, `topic ${topic!.replaceAll('`', '')}`, produce!);
        for (const c of list(consumers!)) grant(c, `topic ${topic!.replaceAll('`', '')}`, consume!);
      }
      const users = ofKind(
        files.filter((f) => f.path.startsWith(`${name}/`)),
        'KafkaUser',
      );
      expect(users.length).toBeGreaterThan(0);
      // "when it consumes": a client that only produces has no group (KafkaClient `group`).
      const consumers = new Set(table.flatMap((r) => (r[4] === '' ? [] : r[4]!.split(', '))));
      for (const u of users)
        if (consumers.has(u.metadata.name)) grant(u.metadata.name, `group ${u.metadata.name}`, group!);
      const actual = new Map<string, string[]>();
      for (const u of users)
        for (const acl of (u.spec as { authorization: { acls: Acl[] } }).authorization.acls) {
          expect(acl.resource.patternType).toBe('literal');
          actual.set(`${u.metadata.name} ${acl.resource.type} ${acl.resource.name}`, [...acl.operations].sort());
        }
      expect(actual.size).toBe(expected.size);
      expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
    });
  },
);
