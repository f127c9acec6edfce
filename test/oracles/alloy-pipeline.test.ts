/**
 * The log agent's configuration (Grafana Alloy), parsed as Alloy reads it: blocks `kind "label" { ... }`
 * with `name = value` attributes. Alloy's documentation fixes what each component needs: a
 * `discovery.kubernetes` its `role` (here `pod`), a `discovery.relabel` its `targets`, a
 * `loki.source.kubernetes` its `targets` and `forward_to`, a `loki.process` its `forward_to`, a
 * `loki.write` an `endpoint` with a `url`. The pipeline must run pods, relabelled, into Loki's push API
 * as the platform's tenant, every reference naming a component that exists, nothing left over.
 */
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { find, orofiModel, synth } from '../helpers';

interface Block {
  readonly kind: string;
  readonly label?: string;
  readonly attributes: Record<string, string>;
  readonly blocks: Block[];
}

/** Alloy's syntax, as far as this configuration uses it: nested blocks and one-line attributes. */
function parse(text: string): Block[] {
  const root: Block = { kind: '', attributes: {}, blocks: [] };
  const stack = [root];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const open = /^([a-z_.]+)(?: "([^"]*)")? \{$/.exec(line);
    const attribute = /^([a-z_]+)\s*=\s*(.+)$/.exec(line);
    if (open) {
      const block: Block = { kind: open[1]!, label: open[2], attributes: {}, blocks: [] };
      stack.at(-1)!.blocks.push(block);
      stack.push(block);
    } else if (line === '}') {
      stack.pop();
      expect(stack.length).toBeGreaterThan(0);
    } else if (attribute) stack.at(-1)!.attributes[attribute[1]!] = attribute[2]!;
    else throw new Error(`not understood: ${line}`);
  }
  expect(stack).toHaveLength(1);
  return root.blocks;
}

describe.each([...orofiModel().values()].map((env) => [env.name, env] as const))('%s', (_, env) => {
  test('pods, relabelled, into Loki as the platform’s tenant; every reference resolves', () => {
    const alloy = find(synth(env), 'Application', 'alloy') as unknown as IApplication;
    const values = alloy.spec.source!.helm!.valuesObject as { alloy: { configMap: { content: string } } };
    const blocks = parse(values.alloy.configMap.content);
    const component = (kind: string) => {
      const found = blocks.filter((b) => b.kind === kind);
      expect([kind, found.length]).toEqual([kind, 1]);
      return found[0]!;
    };
    expect(blocks.map((b) => b.kind).sort()).toEqual(
      ['discovery.kubernetes', 'discovery.relabel', 'loki.process', 'loki.source.kubernetes', 'loki.write'].sort(),
    );
    const discovery = component('discovery.kubernetes');
    expect(discovery.attributes).toEqual({ role: '"pod"' });
    const relabel = component('discovery.relabel');
    expect(relabel.attributes.targets).toBe(`discovery.kubernetes.${discovery.label}.targets`);
    expect(relabel.blocks.length).toBeGreaterThan(0);
    for (const rule of relabel.blocks) {
      expect(rule.kind).toBe('rule');
      expect(Object.keys(rule.attributes).sort()).toEqual(['source_labels', 'target_label']);
    }
    const source = component('loki.source.kubernetes');
    expect(source.attributes.targets).toBe(`discovery.relabel.${relabel.label}.output`);
    const process = component('loki.process');
    expect(source.attributes.forward_to).toBe(`[loki.process.${process.label}.receiver]`);
    const write = component('loki.write');
    expect(process.attributes.forward_to).toBe(`[loki.write.${write.label}.receiver]`);
    const [endpoint, ...more] = write.blocks;
    expect(more).toHaveLength(0);
    expect(endpoint!.kind).toBe('endpoint');
    expect(endpoint!.attributes).toEqual({
      url: `"http://loki-gateway.${env.surroundings.monitoringNamespace}.svc.cluster.local/loki/api/v1/push"`,
      tenant_id: `"${env.platform}"`,
    });
  });
});
