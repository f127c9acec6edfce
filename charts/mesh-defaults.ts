import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import { PeerAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/PeerAuthentication';
import { ServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import { Sidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { Construct } from 'constructs';
import { addModel, addTyped } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** A service outside the mesh that workloads may reach, made known to the mesh by a ServiceEntry. */
export interface ExternalService {
  /** Name of the ServiceEntry. */
  readonly name: string;
  /** Host names (for TCP services reached by address, a name of our choosing). */
  readonly hosts: readonly string[];
  /** Address ranges, for services reached by IP. @default - none: reached by host name */
  readonly addresses?: readonly string[];
  /** The one port the service is reached on, and its protocol. */
  readonly port: { readonly number: number; readonly protocol: 'TCP' | 'TLS' | 'HTTP' };
  /** How the proxy finds the endpoints: as addressed (`NONE`), by DNS, or the fixed `endpoints`. */
  readonly resolution: 'NONE' | 'DNS' | 'STATIC';
  /** Fixed endpoint addresses (`STATIC` resolution). @default - none */
  readonly endpoints?: readonly string[];
}

/** Props of `MeshDefaultsChart`. */
export interface MeshDefaultsChartProps extends PlatformChartProps {
  /** Istio's root namespace, where mesh-wide policy lives. @default 'istio-system' */
  readonly rootNamespace?: string;
  /** The application namespaces. */
  readonly namespaces: readonly string[];
  /** Services outside the mesh, declared in every application namespace (visible there only). */
  readonly externalServices: readonly ExternalService[];
}

/**
 * Zero trust by default: STRICT mutual TLS for the whole mesh and each application namespace, and in
 * each namespace an allow-nothing AuthorizationPolicy, a Sidecar that lets a workload without its own
 * reach nothing but istiod, and a NetworkPolicy denying all traffic. Workloads then open exactly what
 * the platform description declares (their own AuthorizationPolicy, Sidecar and NetworkPolicy).
 */
export class MeshDefaultsChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: MeshDefaultsChartProps) {
    super(scope, id, props);
    const root = props.rootNamespace ?? 'istio-system';
    const strict = (namespace: string) =>
      new PeerAuthentication({ metadata: { name: 'default', namespace }, spec: { mtls: { mode: 'STRICT' } } });
    addModel(this, 'mesh-mtls', strict(root));
    for (const namespace of props.namespaces) {
      addModel(this, `${namespace}-mtls`, strict(namespace));
      // An ALLOW policy without rules matches nothing: only the workloads' own ALLOW policies admit calls.
      addModel(
        this,
        `${namespace}-allow-nothing`,
        new AuthorizationPolicy({ metadata: { name: 'allow-nothing', namespace }, spec: {} }),
      );
      addModel(
        this,
        `${namespace}-sidecar`,
        new Sidecar({
          metadata: { name: 'default', namespace },
          spec: { egress: [{ hosts: [`${root}/*`] }], outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' } },
        }),
      );
      const denyAll: INetworkPolicy = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'deny-all', namespace },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      };
      addTyped(this, `${namespace}-deny-all`, denyAll);
      for (const service of props.externalServices) {
        addModel(
          this,
          `${namespace}-${service.name}`,
          new ServiceEntry({
            metadata: { name: service.name, namespace },
            spec: {
              hosts: [...service.hosts],
              ...(service.addresses ? { addresses: [...service.addresses] } : {}),
              ports: [
                {
                  number: service.port.number,
                  name: `${service.port.protocol.toLowerCase()}-${service.port.number}`,
                  protocol: service.port.protocol,
                },
              ],
              location: 'MESH_EXTERNAL',
              resolution: service.resolution,
              ...(service.endpoints ? { endpoints: service.endpoints.map((address) => ({ address })) } : {}),
              exportTo: ['.'],
            },
          }),
        );
      }
    }
  }
}
