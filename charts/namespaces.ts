import { Namespace } from 'cdk8s-plus-28';
import type { Construct } from 'constructs';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { podSecurityLabels, type PodSecurity } from './pod-security';

/** A namespace and what admits pods into it. */
export interface NamespaceSpec {
  readonly name: string;
  /**
   * Whether Istio injects its sidecar into the namespace's pods (`istio-injection`).
   * @default - no label: the namespace is not injected
   */
  readonly istioInjection?: boolean;
  /** The Pod Security Admission level the namespace enforces (and why, below `restricted`). */
  readonly podSecurity: PodSecurity;
}

/** Props of `NamespacesChart`. */
export interface NamespacesChartProps extends PlatformChartProps {
  /** The namespaces, in output order. */
  readonly namespaces: readonly NamespaceSpec[];
}

/**
 * The namespaces the platform runs in: its workloads' (labelled for Istio sidecar injection), those of
 * components kept outside the mesh (`istio-injection: disabled`) and the operators', each labelled with
 * the Pod Security Admission level it enforces.
 */
export class NamespacesChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NamespacesChartProps) {
    super(scope, id, props);
    for (const { name, istioInjection, podSecurity } of props.namespaces) {
      const labels = podSecurityLabels(podSecurity);
      if (istioInjection !== undefined) labels['istio-injection'] = istioInjection ? 'enabled' : 'disabled';
      new Namespace(this, name, { metadata: { name, labels } });
    }
  }
}
