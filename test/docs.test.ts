/**
 * docs/<environment>.md, written by synth: a picture and tables that are read back here and compared
 * with the description and the manifests, so that they cannot lie.
 */
import type { IExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import { environments, platform } from '../environments';
import { generateDocs } from '../lib/docs';
import { ofKind, orofiModel, synth } from './helpers';

const model = { environments: [...orofiModel().values()], warnings: [] };
const files = model.environments.flatMap((env) => synth(env));
const docs = generateDocs(model, files);

/** The rows of the table under a `## heading`, as arrays of cells. */
function rows(doc: string, heading: string): string[][] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading))!;
  return section
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)
    .map((l) => l.slice(2, -2).split(' | '));
}
const unquote = (cell: string) => cell.replaceAll('`', '');

test('one document per environment', () => {
  expect(docs.map((d) => d.path)).toEqual(environments.map((e) => `${e.name}.md`));
});

describe.each(model.environments.map((env, i) => [env.name, env, docs[i]!.content] as const))(
  '%s',
  (name, env, doc) => {
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(doc)![1]!;
    const id = (workload: string) => workload.replace(/[^A-Za-z0-9]/g, '_');

    test('the diagram draws every workload, every call of the graph and every backing service it uses', () => {
      for (const w of env.workloads) expect(mermaid).toContain(`${id(w.name)}["${w.name}"]`);
      const edges = [...mermaid.matchAll(/^ {2}(\w+) -->\|mTLS\| (\w+)$/gm)].map((m) => `${m[1]}>${m[2]}`).sort();
      expect(edges).toEqual(env.workloads.flatMap((w) => w.calls.map((c) => `${id(w.name)}>${id(c)}`)).sort());
      const routes = [...mermaid.matchAll(/^ {2}ingress -->\|([^|]+)\| (\w+)$/gm)].map((m) => `${m[1]}>${m[2]}`).sort();
      expect(routes).toEqual(env.workloads.flatMap((w) => w.hosts.map((h) => `${h}>${id(w.name)}`)).sort());
      const mysqlUsers = [...mermaid.matchAll(/^ {2}(\w+) --> cloudsql$/gm)].map((m) => m[1]).sort();
      expect(mysqlUsers).toEqual(
        env.workloads
          .filter((w) => w.uses.mysql)
          .map((w) => id(w.name))
          .sort(),
      );
    });

    test('the tables: hosts, allowed calls and Secret Manager keys, as the manifests have them', () => {
      const hosts = rows(doc, 'Hosts and routes').map((r) => `${unquote(r[0]!)} ${r[2]}`);
      const routed = files
        .filter((f) => f.path.startsWith(`${name}/`))
        .flatMap((f) => ofKind([f], 'VirtualService'))
        .map((vs) => `${(vs.spec as { hosts: string[] }).hosts[0]} ${vs.metadata.name}`);
      expect(hosts.sort()).toEqual(routed.sort());
      const calls = rows(doc, 'Allowed calls').map((r) => `${r[0]} -> ${r[1]}`);
      expect(calls.sort()).toEqual(
        [
          ...platform.gateways.map(
            (g) => `${platform.ingressGateway.namespace}/${platform.ingressGateway.name} -> ${g.name}`,
          ),
          ...[...platform.gateways, ...platform.services].flatMap((w) =>
            (w.calls ?? []).map((c) => `${w.name} -> ${c}`),
          ),
        ].sort(),
      );
      // Every key an ExternalSecret reads through a Secret Manager store, once, with the one GCP service
      // account that may read it: the one the store's ServiceAccount is bound to.
      const own = files.filter((f) => f.path.startsWith(`${name}/`));
      const accountOf = (namespace: string, store: string) => {
        const spec = ofKind(own, 'SecretStore').find(
          (s) => s.metadata.namespace === namespace && s.metadata.name === store,
        )!.spec as { provider: { gcpsm?: { auth: { workloadIdentity: { serviceAccountRef: { name: string } } } } } };
        const ksa = spec.provider.gcpsm?.auth.workloadIdentity.serviceAccountRef.name;
        const sa = ofKind(own, 'ServiceAccount').find(
          (a) => a.metadata.namespace === namespace && a.metadata.name === ksa,
        );
        return (sa?.metadata.annotations as Record<string, string> | undefined)?.['iam.gke.io/gcp-service-account'];
      };
      const keys = (ofKind(own, 'ExternalSecret') as unknown as IExternalSecret[]).flatMap((es) => {
        const account = accountOf(es.metadata!.namespace!, es.spec!.secretStoreRef!.name!);
        return account ? es.spec!.data!.map((d) => `${d.remoteRef.key} ${account}`) : [];
      });
      const table = rows(doc, 'Secret Manager keys');
      expect(table.map((r) => `${unquote(r[0]!)} ${r[3]}`)).toEqual(keys.sort());
      // One account per key.
      const accounts = new Map<string, Set<string>>();
      for (const r of table) accounts.set(r[0]!, new Set([...(accounts.get(r[0]!) ?? []), r[3]!]));
      for (const [key, readers] of accounts) expect([key, readers.size]).toEqual([key, 1]);
      expect(doc).toContain(`project \`${platform.gcpProject.replace('{env}', name)}\``);
      const allowList = environments.find((e) => e.name === name)!.ingressAllowList ?? [];
      expect(doc.includes('The ingress admits only')).toBe(allowList.length > 0);
    });

    test('the topics, with their producers and consumers, as the KafkaTopics have them', () => {
      const synthesized = files
        .filter((f) => f.path === `${name}/kafka.yaml`)
        .flatMap((f) => ofKind([f], 'KafkaTopic'))
        .map((t) => t.metadata.name);
      const table = rows(doc, 'Kafka topics');
      expect(table.map((r) => unquote(r[0]!)).sort()).toEqual(synthesized.sort());
      for (const topic of env.kafka!.topics) {
        const row = table.find((r) => unquote(r[0]!) === topic.name)!;
        expect([row[3], row[4]]).toEqual([topic.producers.join(', '), topic.consumers.join(', ')]);
        const t = id(`topic ${topic.name}`);
        for (const p of topic.producers) expect(mermaid).toContain(`  ${id(p)} -.->|produces| ${t}\n`);
        for (const c of topic.consumers) expect(mermaid).toContain(`  ${t} -.->|consumed by| ${id(c)}\n`);
      }
    });

    test('the inventory lists every object of the environment, in the order of dist/', () => {
      const objects = files.filter((f) => f.path.startsWith(`${name}/`)).flatMap((f) => f.objects);
      expect(rows(doc, 'Objects').map((r) => `${r[0]} ${r[1]}`)).toEqual(
        objects.map((o) => `${o.kind} ${[o.metadata.namespace, o.metadata.name].filter(Boolean).join('/')}`),
      );
    });
  },
);
