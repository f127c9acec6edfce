import { Namespace } from 'cdk8s-plus-28';
import type { Construct } from 'constructs';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** Props of `NamespacesChart`. */
export interface NamespacesChartProps extends PlatformChartProps {
  /** Namespaces of the platform's workloads. */
  readonly namespaces: readonly string[];
  /**
   * Whether Istio injects its sidecar into the pods of these namespaces.
   * @default true
   */
  readonly istioInjection?: boolean;
  /**
   * Namespaces of components that must never get the Istio sidecar (operator-run data stores that
   * bring their own TLS), labelled `istio-injection: disabled`.
   * @default - none
   */
  readonly outsideMesh?: readonly string[];
}

/**
 * The namespaces the platform's workloads run in, labelled for Istio sidecar injection, and those of
 * components kept outside the mesh.
 */
export class NamespacesChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NamespacesChartProps) {
    super(scope, id, props);
    const injection = props.istioInjection ?? true;
    for (const name of props.namespaces) {
      new Namespace(this, name, {
        metadata: { name, labels: { 'istio-injection': injection ? 'enabled' : 'disabled' } },
      });
    }
    for (const name of props.outsideMesh ?? []) {
      new Namespace(this, name, { metadata: { name, labels: { 'istio-injection': 'disabled' } } });
    }
  }
}
