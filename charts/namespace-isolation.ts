import type { Construct } from 'constructs';
import { addDenyAll, WorkloadNetworkPolicy, type NetworkRule } from './network-policy';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** The pods of one component of a namespace, and the connections they need. */
export interface IsolatedComponent {
  /** Name of its NetworkPolicy. */
  readonly name: string;
  /** Labels of its pods (as the chart or operator that makes them sets them). */
  readonly podSelector: Readonly<Record<string, string>>;
  readonly ingress: readonly NetworkRule[];
  readonly egress: readonly NetworkRule[];
}

/** A namespace whose pods are isolated, and what each of its components may do. */
export interface IsolatedNamespace {
  readonly namespace: string;
  readonly components: readonly IsolatedComponent[];
}

export interface NamespaceIsolationChartProps extends PlatformChartProps {
  readonly namespaces: readonly IsolatedNamespace[];
}

/**
 * Deny-all NetworkPolicies, and explicit rules for each component, in the namespaces of the platform's
 * shared components (the ingress gateway, Kafka, MongoDB's operator, monitoring), as the application
 * namespaces have: a pod that no rule names can neither be reached nor reach anything.
 */
export class NamespaceIsolationChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NamespaceIsolationChartProps) {
    super(scope, id, props);
    for (const { namespace, components } of props.namespaces) {
      addDenyAll(this, `${namespace}-deny-all`, namespace);
      for (const component of components) {
        new WorkloadNetworkPolicy(this, `${namespace}-${component.name}`, { namespace, ...component });
      }
    }
  }
}
