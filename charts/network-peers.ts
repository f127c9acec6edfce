/**
 * The peers and ports that every part of the network rules names: DNS, istiod, the metadata server, the
 * API server, Prometheus, a workload's pods, the internet. Shared by charts/platform-network.ts,
 * charts/platform-isolation.ts and the backing-service plug-ins (charts/backing/).
 */
import type { EnvironmentModel, WorkloadModel } from '../lib/model';
import type { NetworkRule } from './network-policy';

/** Port of the Istio sidecar's merged Prometheus metrics (application and Envoy). */
export const ISTIO_METRICS_PORT = 15020;
/** Port of istiod's xDS and certificate service, which every sidecar connects to. */
export const ISTIOD_XDS_PORT = 15012;

/**
 * The GKE metadata server, which hands out Workload Identity tokens. Pods call 169.254.169.254:80; the
 * node redirects that to the metadata server on port 988, and the NetworkPolicy sees the redirected
 * address: 169.254.169.252 under GKE Dataplane V2, the node's 127.0.0.1 on the legacy dataplane.
 * @see https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity#restrict
 */
export function metadataServerRules(dataplaneV2: boolean): NetworkRule[] {
  return [
    { peer: { cidr: '169.254.169.254/32' }, ports: [{ port: 80 }] },
    { peer: { cidr: dataplaneV2 ? '169.254.169.252/32' : '127.0.0.1/32' }, ports: [{ port: 988 }] },
  ];
}

/**
 * The internet, for calls to external hosts: every IPv4 address but the private, shared, loopback and
 * link-local ranges (the cluster, the VPC and the metadata server are reached by rules of their own).
 * A NetworkPolicy cannot name a host: the Sidecar (REGISTRY_ONLY) admits the declared hosts by name.
 */
export const INTERNET: NetworkRule['peer'] = {
  cidr: '0.0.0.0/0',
  except: ['10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16'],
};

export const DNS: NetworkRule = {
  peer: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
  ports: [
    { port: 53, protocol: 'UDP' },
    { port: 53, protocol: 'TCP' },
  ],
};

/** The Kubernetes API server (the GKE control plane), as operators reach it. */
export const apiServer = (env: EnvironmentModel): NetworkRule => ({
  peer: { cidr: env.surroundings.controlPlaneCidr },
  ports: [{ port: 443 }],
});

/** The Prometheus pods (as prometheus-operator labels them): the only ones that may scrape metrics ports. */
export const prometheusPods = (env: EnvironmentModel) => ({
  namespace: env.surroundings.monitoringNamespace,
  podLabels: { 'app.kubernetes.io/name': 'prometheus' },
});

/** Pods of a workload, by name: what the Kafka listener and MongoDB admit. */
export const podsNamed = (name: string, namespace: string) => ({
  namespace,
  podLabels: { 'app.kubernetes.io/name': name },
});

export const podsOf = (w: WorkloadModel) => podsNamed(w.name, w.namespace);
