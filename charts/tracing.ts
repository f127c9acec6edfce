import { Telemetry } from '@kubernetes-models/istio/telemetry.istio.io/v1alpha1/Telemetry';
import type { Construct } from 'constructs';
import { addModel } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** Props of `TracingChart`. */
export interface TracingChartProps extends PlatformChartProps {
  /** Istio's root namespace (istiod's): a Telemetry there applies to the whole mesh. */
  readonly rootNamespace: string;
  /** The extension provider of istiod's mesh config that receives the spans (`meshConfig.extensionProviders`). */
  readonly provider: string;
  /** Percent of requests traced. */
  readonly samplingPercent: number;
}

/**
 * Mesh-wide distributed tracing: Istio's Telemetry in the root namespace, sending every proxy's spans
 * to the tracing backend's extension provider (which istiod's values declare, with its collector), for
 * the given share of requests. Applications propagate the trace headers; the proxies do the rest.
 * (telemetry.istio.io/v1alpha1: the version the pinned CRD stores and the validators check; Istio 1.30
 * serves it beside v1, with the same schema.)
 * @see https://istio.io/latest/docs/tasks/observability/distributed-tracing/telemetry-api/
 */
export class TracingChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: TracingChartProps) {
    super(scope, id, props);
    addModel(
      this,
      'telemetry',
      new Telemetry({
        metadata: { name: 'mesh-default', namespace: props.rootNamespace },
        spec: {
          tracing: [{ providers: [{ name: props.provider }], randomSamplingPercentage: props.samplingPercent }],
        },
      }),
    );
  }
}
