import type { ApiObject } from 'cdk8s';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { INetworkPolicyPort } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort';
import { Construct } from 'constructs';
import { addTyped } from './model-object';

/** Pods of a namespace (all of them, or those with the given labels), or an address range. */
export type NetworkPeer =
  { readonly namespace: string; readonly podLabels?: Readonly<Record<string, string>> } | { readonly cidr: string };

/** A port of a network rule. */
export interface NetworkPort {
  /** Port number. */
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP';
}

/** Connections allowed with a peer, on some ports. */
export interface NetworkRule {
  /** The pods (of a namespace, optionally by labels) or the address range on the other side. */
  readonly peer: NetworkPeer;
  /** The ports allowed. */
  readonly ports: readonly NetworkPort[];
}

/** Props of `WorkloadNetworkPolicy`. */
export interface WorkloadNetworkPolicyProps {
  /** Name of the policy (the workload's name). */
  readonly name: string;
  /** Namespace of the policy and of the pods it selects. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Labels of the pods the policy applies to. */
  readonly podSelector: Readonly<Record<string, string>>;
  /** Who may connect to the pods. Anything else is denied. */
  readonly ingress: readonly NetworkRule[];
  /** Where the pods may connect to. Anything else is denied. */
  readonly egress: readonly NetworkRule[];
}

function peer(p: NetworkPeer): INetworkPolicyPeer {
  if ('cidr' in p) return { ipBlock: { cidr: p.cidr } };
  return {
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': p.namespace } },
    ...(p.podLabels ? { podSelector: { matchLabels: { ...p.podLabels } } } : {}),
  };
}

function ports(list: readonly NetworkPort[]): INetworkPolicyPort[] {
  return list.map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
}

/**
 * A Kubernetes NetworkPolicy that isolates one workload's pods in both directions: only the listed
 * peers may connect to them, and they may connect only to the listed peers (L3/L4, enforced by the
 * CNI; a second layer under the mesh's authorization, for traffic the sidecar does not see).
 * @see https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */
export class WorkloadNetworkPolicy extends Construct {
  readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: WorkloadNetworkPolicyProps) {
    super(scope, id);
    const policy: INetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        podSelector: { matchLabels: { ...props.podSelector } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: props.ingress.map((rule) => ({ from: [peer(rule.peer)], ports: ports(rule.ports) })),
        egress: props.egress.map((rule) => ({ to: [peer(rule.peer)], ports: ports(rule.ports) })),
      },
    };
    this.resource = addTyped(this, 'Resource', policy);
  }
}
