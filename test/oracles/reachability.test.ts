/**
 * Both ends of a connection: a NetworkPolicy admits a connection only if the policies of the client's
 * pod let it out and those of the server's pod let it in. test/oracles/network.test.ts compares each
 * workload's own policy with the description, and names the shared components' policies; here every
 * connection the description needs, to and from the shared components too (istiod, Prometheus, the
 * ingress gateway, the data stores), is evaluated end to end over all the environment's
 * NetworkPolicies, as Kubernetes does, from pods identified by the labels their charts and operators
 * give them (test/oracles/network.ts FACTS). Connections the description does not declare are checked
 * refused, so that an evaluator that admits everything cannot pass.
 */
import type { EnvironmentModel, WorkloadModel } from '../../lib/model';
import type { KubeObject } from '../../lib/validate';
import { allObjects, orofiModel, synth } from '../helpers';
import { callersOf, FACTS } from './network';
import { connects, selects, type Pod } from './reachability';

type Labels = Readonly<Record<string, string>>;
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, objects: allObjects(synth(env)) }] as const);

/** A pod of the monitoring stack, labelled `app.kubernetes.io/name` as its chart labels it. */
const monitoringPod = (namespace: string, name: string): Pod => ({
  namespace,
  labels: { 'app.kubernetes.io/name': name },
});

/** The pods of each party, with the labels their charts and operators give them. */
function parties(env: EnvironmentModel, objects: readonly KubeObject[]) {
  const s = env.surroundings;
  const workload = (w: WorkloadModel): Pod => {
    const [deployment, ...more] = objects.filter(
      (o) => o.kind === 'Deployment' && o.metadata.namespace === w.namespace && o.metadata.name === w.name,
    );
    expect(more).toHaveLength(0);
    const labels = obj(obj(obj(deployment!.spec).template).metadata).labels as Labels;
    expect(labels[FACTS.nameLabel]).toBe(w.name);
    return { namespace: w.namespace, labels };
  };
  return {
    workload,
    istiod: { namespace: s.istioNamespace, labels: { ...FACTS.istiodPods, istio: 'pilot' } },
    prometheus: {
      namespace: s.monitoringNamespace,
      labels: { ...FACTS.prometheusPods, 'app.kubernetes.io/managed-by': 'prometheus-operator' },
    },
    grafana: monitoringPod(s.monitoringNamespace, 'grafana'),
    alertmanager: monitoringPod(s.monitoringNamespace, 'alertmanager'),
    loki: monitoringPod(s.monitoringNamespace, 'loki'),
    dns: { namespace: FACTS.dns.namespace, labels: FACTS.dns.pods },
    ingressGateway: {
      namespace: s.ingressGateway.namespace,
      labels: { istio: s.ingressGateway.name, app: s.ingressGateway.name },
    },
    /** A pod of a namespace the platform does not know, labelled like nothing of it. */
    stranger: { namespace: 'stranger', labels: { app: 'stranger' } },
  };
}

describe.each(cases)('%s', (_, { env, objects }) => {
  const p = parties(env, objects);
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');

  test('the evaluator refuses what no policy admits, and admits where no policy isolates', () => {
    expect(policies.length).toBeGreaterThan(env.workloads.length);
    const [w] = env.workloads;
    expect(connects(objects, p.stranger, p.workload(w!), w!.port)).toBe(false);
    expect(connects(objects, p.workload(w!), p.stranger, 80)).toBe(false);
    // kube-system holds no policy of the platform: the other end decides alone.
    expect(objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === FACTS.dns.namespace)).toEqual(
      [],
    );
  });

  test('every workload reaches istiod (xDS and certificates) and DNS; a stranger reaches neither of istiod’s other ports', () => {
    expect(env.workloads.length).toBeGreaterThan(0);
    for (const w of env.workloads) {
      expect([w.name, connects(objects, p.workload(w), p.istiod, FACTS.istiodPort)]).toEqual([w.name, true]);
      expect([w.name, connects(objects, p.workload(w), p.istiod, 15010)]).toEqual([w.name, false]);
      for (const protocol of ['UDP', 'TCP'])
        expect([w.name, protocol, connects(objects, p.workload(w), p.dns, FACTS.dns.port, protocol)]).toEqual([
          w.name,
          protocol,
          true,
        ]);
    }
  });

  test('Prometheus reaches every workload’s sidecar metrics, not its serving port; a stranger neither', () => {
    for (const w of env.workloads) {
      expect([w.name, connects(objects, p.prometheus, p.workload(w), FACTS.sidecarMetricsPort)]).toEqual([
        w.name,
        true,
      ]);
      expect([w.name, connects(objects, p.prometheus, p.workload(w), w.port)]).toEqual([w.name, false]);
      expect([w.name, connects(objects, p.stranger, p.workload(w), FACTS.sidecarMetricsPort)]).toEqual([w.name, false]);
    }
  });

  test('the monitoring stack reaches itself and DNS on the upstream charts’ ports; a stranger reaches none of it', () => {
    const { grafana, alertmanager, loki } = p;
    // Upstream defaults: Prometheus's web port 9090, Alertmanager's 9093, Loki's HTTP 3100, Grafana's 3000.
    const needed: [string, Pod, Pod, number][] = [
      ['grafana -> prometheus', grafana, p.prometheus, 9090],
      ['grafana -> loki', grafana, loki, 3100],
      ['prometheus -> alertmanager', p.prometheus, alertmanager, 9093],
    ];
    expect(needed).toHaveLength(3);
    for (const [what, from, to, port] of needed)
      expect([what, connects(objects, from, to, port)]).toEqual([what, true]);
    // Only those ports, end to end: Loki's memberlist (7946) and gRPC (9095), Prometheus's 8080 stay shut.
    for (const [what, from, to, port] of [
      ['grafana -> loki', grafana, loki, 7946],
      ['grafana -> loki', grafana, loki, 9095],
      ['grafana -> prometheus', grafana, p.prometheus, 8080],
    ] as const)
      expect([what, port, connects(objects, from, to, port)]).toEqual([what, port, false]);
    for (const [what, from] of [
      ['grafana', grafana],
      ['alertmanager', alertmanager],
    ] as const)
      for (const protocol of ['UDP', 'TCP'])
        expect([what, protocol, connects(objects, from, p.dns, FACTS.dns.port, protocol)]).toEqual([
          what,
          protocol,
          true,
        ]);
    for (const [what, to, port] of [
      ['grafana', grafana, 3000],
      ['alertmanager', alertmanager, 9093],
      ['loki', loki, 3100],
    ] as const)
      expect([what, connects(objects, p.stranger, to, port)]).toEqual([what, false]);
  });

  test('each workload is reached by exactly its callers (and the ingress gateway, for API gateways) on its port', () => {
    const gateways = env.workloads.filter((w) => w.role === 'api-gateway');
    expect(gateways.length).toBeGreaterThan(0);
    for (const server of env.workloads) {
      const callers = new Set(callersOf(env, server).map((c) => c.name));
      for (const client of env.workloads) {
        const reached = connects(objects, p.workload(client), p.workload(server), server.port);
        expect([client.name, server.name, reached]).toEqual([client.name, server.name, callers.has(client.name)]);
      }
      const fromGateway = connects(objects, p.ingressGateway, p.workload(server), server.port);
      expect([server.name, fromGateway]).toEqual([server.name, server.role === 'api-gateway']);
    }
  });

  test('the data stores: each client reaches its broker or replica set, other workloads do not; Prometheus scrapes them', () => {
    const kafka = env.kafka;
    if (kafka) {
      const broker = {
        namespace: kafka.namespace,
        labels: { 'strimzi.io/cluster': kafka.cluster, 'strimzi.io/kind': 'Kafka', 'strimzi.io/broker-role': 'true' },
      };
      const clients = env.workloads.filter((w) => w.uses.kafka);
      expect(clients.length).toBeGreaterThan(0);
      for (const w of env.workloads)
        expect([w.name, connects(objects, p.workload(w), broker, kafka.port)]).toEqual([w.name, w.uses.kafka]);
      expect(connects(objects, p.prometheus, broker, FACTS.kafkaMetricsPort)).toBe(true);
      expect(connects(objects, p.stranger, broker, kafka.port)).toBe(false);
    }
    const mongodb = env.mongodb;
    if (mongodb) {
      const member = {
        namespace: mongodb.namespace,
        labels: {
          'app.kubernetes.io/instance': mongodb.cluster,
          'app.kubernetes.io/replset': mongodb.replicaSet,
          'app.kubernetes.io/name': 'percona-server-mongodb',
          'app.kubernetes.io/component': 'mongod',
        },
      };
      const clients = env.workloads.filter((w) => w.uses.mongodb);
      expect(clients.length).toBeGreaterThan(0);
      for (const w of env.workloads)
        expect([w.name, connects(objects, p.workload(w), member, mongodb.port)]).toEqual([w.name, w.uses.mongodb]);
      expect(connects(objects, p.prometheus, member, FACTS.mongoExporterPort)).toBe(true);
      expect(connects(objects, member, member, mongodb.port)).toBe(true);
      expect(connects(objects, p.stranger, member, mongodb.port)).toBe(false);
    }
  });
});

describe('the evaluator follows Kubernetes', () => {
  const policy = (namespace: string, spec: object): KubeObject => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace },
    spec,
  });
  const a: Pod = { namespace: 'a', labels: { app: 'a' } };
  const b: Pod = { namespace: 'b', labels: { app: 'b' } };

  test('no policy: open; a policy without the direction in policyTypes leaves it open', () => {
    expect(connects([], a, b, 80)).toBe(true);
    expect(connects([policy('a', { podSelector: {}, policyTypes: ['Ingress'] })], a, b, 80)).toBe(true);
    // policyTypes left out: Ingress, and Egress only when the policy has egress rules.
    expect(connects([policy('a', { podSelector: {} })], a, b, 80)).toBe(true);
    expect(connects([policy('b', { podSelector: {} })], a, b, 80)).toBe(false);
    expect(connects([policy('a', { podSelector: {}, egress: [] })], a, b, 80)).toBe(true);
    expect(connects([policy('a', { podSelector: {}, egress: [{ ports: [{ port: 81 }] }] })], a, b, 80)).toBe(false);
    expect(connects([policy('a', { podSelector: {}, policyTypes: ['Egress'] })], a, b, 80)).toBe(false);
  });

  test('peers: a bare podSelector is the policy’s namespace, a namespaceSelector {} every namespace; rules without peers or ports admit all', () => {
    const ingress = (rule: object) => [policy('b', { podSelector: { matchLabels: { app: 'b' } }, ingress: [rule] })];
    expect(connects(ingress({ from: [{ podSelector: { matchLabels: { app: 'a' } } }] }), a, b, 80)).toBe(false);
    expect(connects(ingress({ from: [{ namespaceSelector: {}, podSelector: {} }] }), a, b, 80)).toBe(true);
    expect(
      connects(
        ingress({ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'a' } } }] }),
        a,
        b,
        80,
      ),
    ).toBe(true);
    expect(
      connects(
        ingress({ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': '*' } } }] }),
        a,
        b,
        80,
      ),
    ).toBe(false);
    expect(connects(ingress({ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }), a, b, 80)).toBe(false);
    expect(connects(ingress({}), a, b, 80)).toBe(true);
    expect(connects(ingress({ ports: [{ port: 80 }] }), a, b, 80)).toBe(true);
    expect(connects(ingress({ ports: [{ port: 80 }] }), a, b, 80, 'UDP')).toBe(false);
    expect(connects(ingress({ ports: [{ port: 70, endPort: 90, protocol: 'UDP' }] }), a, b, 80, 'UDP')).toBe(true);
    expect(connects(ingress({ ports: [{ port: 81 }] }), a, b, 80)).toBe(false);
    expect(() => connects(ingress({ ports: [{ port: 'http' }] }), a, b, 80)).toThrow('named port not understood: http');
  });

  test('selectors: matchExpressions as Kubernetes reads them, anything else refused', () => {
    const labels = { app: 'a', tier: 'web' };
    const expr = (operator: string, values?: string[]) => ({ matchExpressions: [{ key: 'tier', operator, values }] });
    expect(selects(expr('In', ['web', 'db']), labels)).toBe(true);
    expect(selects(expr('NotIn', ['web']), labels)).toBe(false);
    expect(selects(expr('Exists'), labels)).toBe(true);
    expect(selects(expr('DoesNotExist'), labels)).toBe(false);
    expect(selects({ matchLabels: { app: 'a', tier: 'db' } }, labels)).toBe(false);
    expect(() => selects(expr('Gt', ['1']), labels)).toThrow('selector operator not understood: Gt');
    expect(() => selects({ matchFields: [] }, labels)).toThrow('selector field not understood: matchFields');
  });
});
