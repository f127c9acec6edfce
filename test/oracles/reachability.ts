/**
 * NetworkPolicies evaluated as Kubernetes does, end to end: a connection is admitted only if the
 * policies of the client's pod let it out and those of the server's pod let it in
 * (test/oracles/reachability.test.ts, which also checks the evaluator itself on hand-made policies).
 */
import type { KubeObject } from '../../lib/validate';

type Labels = Readonly<Record<string, string>>;
type Json = Record<string, unknown>;

/** A pod as NetworkPolicies see it: its namespace (and that namespace's labels) and its own labels. */
export interface Pod {
  readonly namespace: string;
  readonly labels: Labels;
}

const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A label selector (matchLabels, matchExpressions) against labels; `{}` selects everything. */
export function selects(selector: unknown, labels: Labels): boolean {
  const s = obj(selector);
  const unknown = Object.keys(s).filter((k) => k !== 'matchLabels' && k !== 'matchExpressions');
  if (unknown.length > 0) throw new Error(`selector field not understood: ${unknown.join(', ')}`);
  const byLabel = Object.entries(obj(s.matchLabels)).every(([k, v]) => labels[k] === v);
  const byExpression = list(s.matchExpressions).every((e) => {
    const { key, operator, values } = obj(e) as { key: string; operator: string; values?: string[] };
    if (operator === 'In') return key in labels && values!.includes(labels[key]!);
    if (operator === 'NotIn') return !(key in labels) || !values!.includes(labels[key]!);
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    throw new Error(`selector operator not understood: ${operator}`);
  });
  return byLabel && byExpression;
}

/** The labels a namespace carries: Kubernetes' own name label, and those its object sets. */
function namespaceLabels(objects: readonly KubeObject[], namespace: string): Labels {
  const ns = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === namespace);
  return { ...obj(ns?.metadata.labels), 'kubernetes.io/metadata.name': namespace } as Labels;
}

/**
 * Whether a peer of a rule of a policy in `policyNamespace` is the pod `other`. An `ipBlock` names
 * addresses outside the cluster (pod addresses are ephemeral): it never matches a pod here.
 */
function peerIs(peer: unknown, policyNamespace: string, other: Pod, objects: readonly KubeObject[]): boolean {
  const p = obj(peer);
  if ('ipBlock' in p) return false;
  const inNamespace =
    'namespaceSelector' in p
      ? selects(p.namespaceSelector, namespaceLabels(objects, other.namespace))
      : other.namespace === policyNamespace;
  return inNamespace && (!('podSelector' in p) || selects(p.podSelector, other.labels));
}

/** Whether a rule's ports admit `port` over `protocol` (none listed: every port). */
function portIs(ports: unknown, port: number, protocol: string): boolean {
  const all = list(ports);
  return (
    all.length === 0 ||
    all.some((p) => {
      const {
        port: from,
        endPort,
        protocol: proto = 'TCP',
      } = obj(p) as { port?: unknown; endPort?: number; protocol?: string };
      if (from !== undefined && typeof from !== 'number') throw new Error(`named port not understood: ${String(from)}`);
      return (
        proto === protocol &&
        (from === undefined || from === port || (endPort !== undefined && from <= port && port <= endPort))
      );
    })
  );
}

/**
 * Whether the policies of `pod` admit the connection in one direction: no policy of that direction
 * selecting it leaves it open; otherwise one rule of one of them must admit the other end and the port.
 */
function side(
  objects: readonly KubeObject[],
  pod: Pod,
  direction: 'Ingress' | 'Egress',
  other: Pod,
  port: number,
  protocol: string,
): boolean {
  const field = direction === 'Ingress' ? 'ingress' : 'egress';
  const peersKey = direction === 'Ingress' ? 'from' : 'to';
  const policies = objects.filter((o) => {
    if (o.kind !== 'NetworkPolicy' || o.metadata.namespace !== pod.namespace) return false;
    const spec = obj(o.spec);
    // Kubernetes' defaulting: no policyTypes is Ingress, and Egress when there are egress rules.
    const types =
      list(spec.policyTypes).length > 0
        ? list(spec.policyTypes)
        : ['Ingress', ...(list(spec.egress).length > 0 ? ['Egress'] : [])];
    return types.includes(direction) && selects(spec.podSelector, pod.labels);
  });
  if (policies.length === 0) return true;
  return policies.some((policy) =>
    list(obj(policy.spec)[field]).some((r) => {
      const rule = obj(r);
      const peers = list(rule[peersKey]);
      return (
        (peers.length === 0 || peers.some((p) => peerIs(p, pod.namespace, other, objects))) &&
        portIs(rule.ports, port, protocol)
      );
    }),
  );
}

/** Whether `client` may open a connection to `server` on `port`: out of the one, into the other. */
export function connects(
  objects: readonly KubeObject[],
  client: Pod,
  server: Pod,
  port: number,
  protocol = 'TCP',
): boolean {
  return (
    side(objects, client, 'Egress', server, port, protocol) && side(objects, server, 'Ingress', client, port, protocol)
  );
}
