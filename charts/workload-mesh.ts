import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import { DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule';
import { Sidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import { Construct } from 'constructs';
import type { CircuitBreaker } from '../lib/model';
import { addModel } from './model-object';

/** Props of `WorkloadMeshPolicy`. */
export interface WorkloadMeshPolicyProps {
  /** Name of every object (the workload's). */
  readonly name: string;
  /** Namespace of the workload and of its policies. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Labels of the workload's pods. */
  readonly podSelector: Readonly<Record<string, string>>;
  /** Fully qualified name of the workload's Service. */
  readonly host: string;
  /** The workload's serving port. */
  readonly port: number;
  /**
   * SPIFFE identities (`<trust domain>/ns/<namespace>/sa/<account>`) allowed to call the port. Empty:
   * no ALLOW policy, so the namespace's allow-nothing policy denies every call.
   */
  readonly allowedPrincipals: readonly string[];
  /** Hosts the workload may reach (`<namespace>/<host>`, `./<host>`); everything else is unknown to it. */
  readonly egressHosts: readonly string[];
  /** Connection limits and outlier detection that callers apply to this workload. */
  readonly circuitBreaker: CircuitBreaker;
}

/**
 * The mesh policy of one workload:
 * - a DestinationRule: callers use Istio mutual TLS and the circuit breaker (connection-pool limits,
 *   outlier detection);
 * - an AuthorizationPolicy: only the listed identities may call, and only on the serving port;
 * - a Sidecar: the workload's proxy knows only the hosts it needs, and nothing outside the registry.
 * @see https://istio.io/latest/docs/reference/config/
 */
export class WorkloadMeshPolicy extends Construct {
  constructor(scope: Construct, id: string, props: WorkloadMeshPolicyProps) {
    super(scope, id);
    const metadata = { name: props.name, namespace: props.namespace, labels: { ...props.labels } };
    const cb = props.circuitBreaker;
    addModel(
      this,
      'DestinationRule',
      new DestinationRule({
        metadata,
        spec: {
          host: props.host,
          trafficPolicy: {
            tls: { mode: 'ISTIO_MUTUAL' },
            connectionPool: {
              tcp: { maxConnections: cb.maxConnections, connectTimeout: '3s' },
              http: {
                http1MaxPendingRequests: cb.maxPendingRequests,
                http2MaxRequests: cb.maxRequests,
                idleTimeout: '300s',
              },
            },
            outlierDetection: {
              consecutive5xxErrors: cb.consecutive5xxErrors,
              interval: '10s',
              baseEjectionTime: `${cb.baseEjectionSeconds}s`,
              maxEjectionPercent: cb.maxEjectionPercent,
            },
          },
        },
      }),
    );
    if (props.allowedPrincipals.length > 0) {
      addModel(
        this,
        'AuthorizationPolicy',
        new AuthorizationPolicy({
          metadata,
          spec: {
            selector: { matchLabels: { ...props.podSelector } },
            action: 'ALLOW',
            rules: [
              {
                from: [{ source: { principals: [...props.allowedPrincipals] } }],
                to: [{ operation: { ports: [String(props.port)] } }],
              },
            ],
          },
        }),
      );
    }
    addModel(
      this,
      'Sidecar',
      new Sidecar({
        metadata,
        spec: {
          workloadSelector: { labels: { ...props.podSelector } },
          egress: [{ hosts: [...props.egressHosts] }],
          outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
        },
      }),
    );
  }
}
