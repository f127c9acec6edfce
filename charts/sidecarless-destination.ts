import { DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule';
import { Construct } from 'constructs';
import { addModel } from './model-object';

/** Props of `SidecarlessDestination`. */
export interface SidecarlessDestinationProps {
  /** Name of the DestinationRule. */
  readonly name: string;
  /** Namespace whose services it covers (every host `*.<namespace>.svc.<clusterDomain>`), and its own. */
  readonly namespace: string;
  /** @default 'cluster.local' */
  readonly clusterDomain?: string;
}

/**
 * Tells every meshed client that the services of a namespace outside the mesh take their traffic as the
 * client sends it (`tls.mode: DISABLE`): the sidecar neither wraps it in Istio mutual TLS nor expects a
 * peer certificate, and the application's own TLS (Kafka's, MongoDB's) passes through untouched. Istio
 * would already do so for pods without a sidecar (auto mTLS); this keeps a mesh-wide DestinationRule of
 * the root namespace that asks for ISTIO_MUTUAL from breaking these connections, since a rule in the
 * service's namespace takes precedence over one in the root namespace. STRICT PeerAuthentication is
 * unaffected: it governs what sidecars accept, and these servers have none.
 * @see https://istio.io/latest/docs/ops/best-practices/security/#destination-rule-lookup
 */
export class SidecarlessDestination extends Construct {
  constructor(scope: Construct, id: string, props: SidecarlessDestinationProps) {
    super(scope, id);
    addModel(
      this,
      'Resource',
      new DestinationRule({
        metadata: { name: props.name, namespace: props.namespace },
        spec: {
          host: `*.${props.namespace}.svc.${props.clusterDomain ?? 'cluster.local'}`,
          trafficPolicy: { tls: { mode: 'DISABLE' } },
        },
      }),
    );
  }
}
