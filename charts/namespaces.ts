import { Namespace } from 'cdk8s-plus-28';
import type { Construct } from 'constructs';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

export interface NamespacesChartProps extends PlatformChartProps {
  /** Namespaces of the platform's workloads. */
  readonly namespaces: readonly string[];
  /**
   * Whether Istio injects its sidecar into the pods of these namespaces.
   * @default true
   */
  readonly istioInjection?: boolean;
}

/** The namespaces the platform's workloads run in, labelled for Istio sidecar injection. */
export class NamespacesChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: NamespacesChartProps) {
    super(scope, id, props);
    const injection = props.istioInjection ?? true;
    for (const name of props.namespaces) {
      new Namespace(this, name, {
        metadata: { name, labels: { 'istio-injection': injection ? 'enabled' : 'disabled' } },
      });
    }
  }
}
