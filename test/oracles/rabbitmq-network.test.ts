/**
 * The RabbitMQ broker's namespace, on every environment of the platform that runs one (ORION): its three
 * NetworkPolicies read with Kubernetes' semantics (test/oracles/network.ts) and compared, counts first,
 * with what the description and RabbitMQ's own facts say; then the connections each party needs, end to
 * end (test/oracles/reachability.ts), and those it must not have.
 */
import type { KubeObject } from '../../lib/validate';
import { platforms } from '../../platforms';
import { allObjects, platformModel, synth } from '../helpers';
import { CHARTS, expectedRabbitMqPolicies } from './isolation';
import { FACTS, labelText, readNetworkPolicy } from './network';
import { connects, type Pod } from './reachability';

const RABBITMQ = CHARTS.rabbitmq;

const orion = platforms.find((p) => [...platformModel(p).values()].some((e) => e.rabbitmq !== undefined))!;
const cases = [...platformModel(orion).values()].map(
  (env) => [env.name, { env, objects: allObjects(synth(env)) }] as const,
);

test('the platform with RabbitMQ is there, with clients', () => {
  expect(cases.length).toBeGreaterThan(0);
  for (const [, { env }] of cases) expect(env.workloads.filter((w) => w.uses.rabbitmq).length).toBeGreaterThan(1);
});

describe.each(cases)('%s', (_, { env, objects }) => {
  const r = env.rabbitmq!;
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === r.namespace);

  test('the broker’s namespace: a deny-all and exactly one policy per component, each admitting exactly what it needs', () => {
    const want = expectedRabbitMqPolicies(env);
    const allowing = policies.filter((p) => p.metadata.name !== 'deny-all');
    expect(allowing).toHaveLength(want.size);
    expect(policies.filter((p) => p.metadata.name === 'deny-all')).toHaveLength(1);
    for (const policy of allowing) {
      const id = `${policy.metadata.namespace}/${policy.metadata.name}`;
      const w = want.get(id);
      expect([id, w !== undefined]).toEqual([id, true]);
      const read = readNetworkPolicy(policy);
      expect([id, read.selects]).toEqual([id, labelText(w!.selects)]);
      expect([id, read.ingress]).toEqual([id, w!.ingress]);
      expect([id, read.egress]).toEqual([id, w!.egress]);
    }
  });

  test('end to end: clients and operators reach the nodes on their ports only, nodes each other on the clustering ports', () => {
    const node: Pod = { namespace: r.namespace, labels: RABBITMQ.nodePods(r.cluster) };
    const clusterOperator: Pod = { namespace: r.namespace, labels: RABBITMQ.clusterOperatorPods };
    const topologyOperator: Pod = { namespace: r.namespace, labels: RABBITMQ.topologyOperatorPods };
    const prometheus: Pod = { namespace: env.surroundings.monitoringNamespace, labels: FACTS.prometheusPods };
    const workloadPod = (name: string, namespace: string): Pod => {
      const d = objects.find(
        (o: KubeObject) => o.kind === 'Deployment' && o.metadata.name === name && o.metadata.namespace === namespace,
      )!;
      return {
        namespace,
        labels: (d.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels,
      };
    };
    for (const w of env.workloads) {
      expect([w.name, connects(objects, workloadPod(w.name, w.namespace), node, RABBITMQ.amqps)]).toEqual([
        w.name,
        w.uses.rabbitmq,
      ]);
      expect([w.name, connects(objects, workloadPod(w.name, w.namespace), node, RABBITMQ.managementTls)]).toEqual([
        w.name,
        false,
      ]);
    }
    for (const operator of [clusterOperator, topologyOperator]) {
      expect(connects(objects, operator, node, RABBITMQ.managementTls)).toBe(true);
      expect(connects(objects, operator, node, RABBITMQ.amqps)).toBe(false);
    }
    for (const port of RABBITMQ.clustering) expect(connects(objects, node, node, port)).toBe(true);
    expect(connects(objects, prometheus, node, RABBITMQ.prometheusTls)).toBe(true);
    expect(connects(objects, prometheus, node, RABBITMQ.managementTls)).toBe(false);
    expect(connects(objects, prometheus, clusterOperator, RABBITMQ.clusterOperatorMetrics)).toBe(true);
    expect(connects(objects, prometheus, topologyOperator, RABBITMQ.topologyOperatorMetrics)).toBe(true);
    expect(connects(objects, prometheus, clusterOperator, RABBITMQ.topologyOperatorMetrics)).toBe(false);
  });
});
