/**
 * Zero trust at L3/L4: every NetworkPolicy of every environment, read back with Kubernetes' semantics
 * and compared, peers and ports, in both directions, with what the description alone says
 * (test/oracles/network.ts). Counts first, so that an empty list can never pass a loop.
 */
import type { KubeObject } from '../../lib/validate';
import { ofKind, orofiModel, synth } from '../helpers';
import {
  expectedKafkaClusterConnections,
  expectedMongoConnections,
  expectedWorkloadConnections,
  FACTS,
  peer,
  readNetworkPolicy,
  type Connections,
} from './network';
import { expectedIsolation, isolatedNamespacesOf } from './isolation';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);

/** Compares what a policy admits with what is expected: sizes first, then the sets, without duplicates. */
function expectConnections(actual: Connections, expected: Connections): void {
  expect(actual.ingress).toHaveLength(expected.ingress.length);
  expect(actual.egress).toHaveLength(expected.egress.length);
  expect(actual.ingress).toEqual(expected.ingress);
  expect(actual.egress).toEqual(expected.egress);
  expect(new Set(actual.ingress).size).toBe(actual.ingress.length);
  expect(new Set(actual.egress).size).toBe(actual.egress.length);
}

const DENY_ALL_SPEC = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };

describe.each(cases)('%s', (_, { env, files }) => {
  const policies = ofKind(files, 'NetworkPolicy');
  const named = (namespace: string, name: string) =>
    policies.filter((p) => p.metadata.namespace === namespace && p.metadata.name === name);

  test('one NetworkPolicy per workload, MongoDB’s, one per part of each shared component; a deny-all in every namespace pods run in; no other allowing policy', () => {
    const allowing = policies.filter((p) => p.metadata.name !== 'deny-all');
    const isolation = expectedIsolation(env);
    const expected = [
      ...env.workloads.map((w) => `${w.namespace}/${w.name}`),
      // The shared components' (MongoDB's replica set's among them), from the isolation oracle.
      ...[...isolation.keys()].filter((id) => !id.endsWith('/deny-all')),
    ].sort();
    expect(allowing).toHaveLength(expected.length);
    expect(allowing.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort()).toEqual(expected);
    const denyAll = policies.filter((p) => p.metadata.name === 'deny-all').map((p) => p.metadata.namespace);
    expect([...denyAll].sort()).toEqual([...new Set([...env.namespaces, ...isolatedNamespacesOf(isolation)])].sort());
    expect(new Set(denyAll).size).toBe(denyAll.length);
  });

  test('every deny-all is exactly deny-all: all pods, both directions, no rule at all', () => {
    const denyAll = policies.filter((p) => p.metadata.name === 'deny-all');
    expect(denyAll.length).toBeGreaterThanOrEqual(env.namespaces.length);
    for (const policy of denyAll) {
      expect(policy.spec).toEqual(DENY_ALL_SPEC);
      expect(readNetworkPolicy(policy)).toEqual({
        namespace: policy.metadata.namespace,
        selects: '*',
        ingress: [],
        egress: [],
      });
    }
  });

  test('each workload: in from exactly its callers (and the ingress gateway for API gateways) and Prometheus, out to exactly what it uses', () => {
    expect(env.workloads.length).toBeGreaterThan(0);
    for (const w of env.workloads) {
      const [policy, ...more] = named(w.namespace, w.name);
      expect(more).toHaveLength(0);
      const read = readNetworkPolicy(policy!);
      expect(read.selects).toBe(`${FACTS.nameLabel}=${w.name}`);
      expect([...(policy!.spec as { policyTypes: string[] }).policyTypes].sort()).toEqual(['Egress', 'Ingress']);
      expectConnections(read, expectedWorkloadConnections(env, w));
    }
  });

  test('MongoDB: its clients, the exporter’s scraper, its members and operator in; its members, DNS and Google APIs out', () => {
    if (!env.mongodb) return expect(named('mongodb', 'mongodb')).toEqual([]);
    const [policy, ...more] = named(env.mongodb.namespace, env.mongodb.cluster);
    expect(more).toHaveLength(0);
    const read = readNetworkPolicy(policy!);
    expect(read.selects).toBe(`app.kubernetes.io/instance=${env.mongodb.cluster}`);
    expectConnections(read, expectedMongoConnections(env));
  });

  test('Kafka: the cluster’s policy admits its clients to the listener, its pods and operator, Prometheus to the metrics', () => {
    if (!env.kafka) return expect(named('kafka', 'kafka')).toEqual([]);
    const [policy, ...more] = named(env.kafka.namespace, env.kafka.cluster);
    expect(more).toHaveLength(0);
    const read = readNetworkPolicy(policy!);
    expect(read.selects).toBe(`strimzi.io/cluster=${env.kafka.cluster}`);
    expectConnections(read, expectedKafkaClusterConnections(env));
  });

  test('Kafka: the listener’s network policy peers are exactly the Kafka clients’ pods', () => {
    const kafka = ofKind(files, 'Kafka');
    if (!env.kafka) return expect(kafka).toEqual([]);
    expect(kafka).toHaveLength(1);
    const listeners = (kafka[0]!.spec as { kafka: { listeners: { port: number; networkPolicyPeers?: unknown[] }[] } })
      .kafka.listeners;
    expect(listeners).toHaveLength(1);
    const clients = env.workloads.filter((w) => w.uses.kafka);
    expect(clients.length).toBeGreaterThan(0);
    const fake: KubeObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'listener', namespace: env.kafka.namespace },
      spec: {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: listeners[0]!.networkPolicyPeers ?? [], ports: [{ port: listeners[0]!.port }] }],
      },
    };
    expect(listeners[0]!.networkPolicyPeers ?? []).toHaveLength(clients.length);
    expect(readNetworkPolicy(fake).ingress).toEqual(
      clients.map((c) => `${peer.pods(c.namespace, { [FACTS.nameLabel]: c.name })} TCP/${env.kafka!.port}`).sort(),
    );
  });
});

describe('the reader sees what Kubernetes would admit', () => {
  const base = (spec: object): KubeObject => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace: 'apps' },
    spec,
  });

  test('a rule without peers admits anyone, one without ports every port; a bare podSelector is the policy’s namespace', () => {
    const read = readNetworkPolicy(
      base({
        podSelector: { matchLabels: { a: 'b' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ ports: [{ port: 80 }] }, { from: [{ podSelector: { matchLabels: { x: 'y' } } }] }],
        egress: [{ to: [{ namespaceSelector: {} }], ports: [{ port: 53, protocol: 'UDP', endPort: 54 }] }],
      }),
    );
    expect(read).toEqual({
      namespace: 'apps',
      selects: 'a=b',
      ingress: ['ANYONE TCP/80', 'pods apps/x=y ANY PORT'],
      egress: ['namespace EVERY NAMESPACE UDP/53-54'],
    });
  });

  test('a direction missing from policyTypes is open; a deny-all admitting ingress is no deny-all', () => {
    expect(readNetworkPolicy(base({ podSelector: {}, policyTypes: ['Ingress'] })).egress).toEqual(['ANYONE ANY PORT']);
    expect(readNetworkPolicy(base({ podSelector: {}, ingress: [{}] })).ingress).toEqual(['ANYONE ANY PORT']);
    expect(readNetworkPolicy(base({ podSelector: {} })).egress).toEqual(['ANYONE ANY PORT']);
  });

  test('what it does not understand stays visible', () => {
    const read = readNetworkPolicy(
      base({
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }],
        egress: [{ to: [{ namespaceSelector: { matchExpressions: [] } }] }],
        extra: true,
      }),
    );
    expect(read.ingress).toEqual(['UNDERSTOOD NOT: spec.extra', 'cidr 0.0.0.0/0 except 10.0.0.0/8 ANY PORT']);
    expect(read.egress).toEqual(['namespace namespaces({"matchExpressions":[]}) ANY PORT']);
  });
});
