/**
 * How workloads reach each other and the world, from the call graph and the backing services they use:
 * their NetworkPolicy rules, their mesh policy (callers' identities, the hosts their proxy knows) and
 * the managed services the mesh is told about. Part of the mapping from the model to construct props
 * (charts/platform.ts).
 */
import type { EnvironmentModel, WorkloadModel } from '../lib/model';
import { BACKING, flagsSet } from './backing';
import type { ExternalService } from './mesh-defaults';
import {
  DNS,
  INTERNET,
  ISTIO_METRICS_PORT,
  ISTIOD_XDS_PORT,
  metadataServerRules,
  podsOf,
  prometheusPods,
} from './network-peers';
import type { NetworkRule } from './network-policy';

export {
  DNS,
  INTERNET,
  ISTIO_METRICS_PORT,
  ISTIOD_XDS_PORT,
  metadataServerRules,
  podsNamed,
  podsOf,
  prometheusPods,
} from './network-peers';

/**
 * The external hosts the workloads of each namespace call, one ServiceEntry per host (named after it, a
 * DNS subdomain as object names must be) with every port declared for it; a workload's own Sidecar
 * admits only the hosts it declares.
 */
export function externalHostServices(env: EnvironmentModel): Map<string, ExternalService[]> {
  const byNamespace = new Map<string, Map<string, Map<number, 'HTTPS' | 'TLS'>>>();
  for (const w of env.workloads) {
    const hosts = byNamespace.get(w.namespace) ?? new Map<string, Map<number, 'HTTPS' | 'TLS'>>();
    byNamespace.set(w.namespace, hosts);
    for (const h of w.externalHosts) {
      const ports = hosts.get(h.host) ?? new Map<number, 'HTTPS' | 'TLS'>();
      hosts.set(h.host, ports);
      ports.set(h.port, h.protocol === 'https' ? 'HTTPS' : 'TLS');
    }
  }
  const sorted = <K, V>(map: Map<K, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    sorted(byNamespace).map(([namespace, hosts]) => [
      namespace,
      sorted(hosts).map(([host, ports]): ExternalService => ({
        name: host,
        hosts: [host],
        ports: sorted(ports).map(([number, protocol]) => ({ number, protocol })),
        resolution: 'DNS',
      })),
    ]),
  );
}

/** The GKE metadata server, which every workload reaches (Workload Identity). */
const METADATA: ExternalService = {
  name: 'gke-metadata-server',
  hosts: ['metadata.google.internal'],
  addresses: ['169.254.169.254/32'],
  ports: [{ number: 80, protocol: 'HTTP' }],
  resolution: 'STATIC',
  endpoints: ['169.254.169.254'],
};

/** The managed services outside the mesh: the metadata server, then each backing service's. */
export function externalServices(env: EnvironmentModel): ExternalService[] {
  return [METADATA, ...BACKING.flatMap((backing) => backing.charts?.serviceEntries?.(env) ?? [])];
}

/** What the network and the mesh admit for a workload's backing services, in the list's order. */
function backingRules(env: EnvironmentModel, workload: WorkloadModel) {
  return BACKING.filter((backing) => flagsSet(backing, workload.uses).length > 0).map(
    (backing) => backing.charts?.clientRules?.(env, workload) ?? {},
  );
}

/** What every workload of an environment needs to know about the others, computed once per environment. */
interface Neighbourhood {
  /** Callers of each workload, in the environment's order. */
  readonly callers: ReadonlyMap<string, readonly WorkloadModel[]>;
  /** Callees of each workload, in the environment's order. */
  readonly callees: ReadonlyMap<string, readonly WorkloadModel[]>;
}

const neighbourhoods = new WeakMap<EnvironmentModel, Neighbourhood>();

function neighbourhood(env: EnvironmentModel): Neighbourhood {
  let n = neighbourhoods.get(env);
  if (n === undefined) {
    const callers = new Map<string, WorkloadModel[]>(env.workloads.map((w) => [w.name, []]));
    const callees = new Map<string, WorkloadModel[]>(env.workloads.map((w) => [w.name, []]));
    for (const caller of env.workloads) {
      for (const callee of caller.calls) callers.get(callee)?.push(caller);
    }
    for (const callee of env.workloads) {
      for (const caller of callers.get(callee.name) ?? []) callees.get(caller.name)!.push(callee);
    }
    n = { callers, callees };
    neighbourhoods.set(env, n);
  }
  return n;
}

/** SPIFFE identity of a ServiceAccount, as Istio's AuthorizationPolicies name it. */
const principal = (env: EnvironmentModel, namespace: string, account: string) =>
  `${env.mesh.trustDomain}/ns/${namespace}/sa/${account}`;

/**
 * The mesh policy of a workload: who may call it (the ingress gateway for an API gateway, otherwise
 * its callers in the call graph) and which hosts its proxy may reach.
 */
export function meshPolicy(env: EnvironmentModel, workload: WorkloadModel) {
  const s = env.surroundings;
  const graph = neighbourhood(env);
  const backing = backingRules(env, workload);
  const callers =
    workload.role === 'api-gateway'
      ? [principal(env, s.ingressGateway.namespace, s.ingressGateway.name)]
      : graph.callers.get(workload.name)!.map((w) => principal(env, w.namespace, w.name));
  const callees = graph.callees.get(workload.name)!;
  const local = (service: ExternalService) => service.hosts.map((host) => `./${host}`);
  const egressHosts = [
    `${s.istioNamespace}/*`,
    ...callees.map((c) => `${c.namespace}/${c.name}.${c.namespace}.svc.cluster.local`),
    ...backing.flatMap((rules) => (rules.namespaces ?? []).map((namespace) => `${namespace}/*`)),
    ...local(METADATA),
    ...backing.flatMap((rules) => (rules.services ?? []).flatMap(local)),
    // A host declared with several ports once.
    ...new Set(workload.externalHosts.map((h) => `./${h.host}`)),
    // The tracing collector, which the proxy itself sends spans to.
    ...(env.tracing
      ? [`${env.tracing.namespace}/${env.tracing.service}.${env.tracing.namespace}.svc.cluster.local`]
      : []),
  ];
  return { allowedPrincipals: callers.sort(), egressHosts, circuitBreaker: env.mesh.circuitBreaker };
}

/**
 * The connections a workload needs and no others: from its callers (and, for an API gateway, the
 * ingress gateway) to its port, from Prometheus to the sidecar's metrics; to DNS, istiod, the metadata
 * server, its callees and the backing services it uses.
 */
export function networkRules(env: EnvironmentModel, workload: WorkloadModel) {
  const s = env.surroundings;
  const { callers: callersOf, callees: calleesOf } = neighbourhood(env);
  const callers = callersOf.get(workload.name)!;
  const callees = calleesOf.get(workload.name)!;
  const port = [{ port: workload.port }];
  const ingress: NetworkRule[] = [
    ...(workload.role === 'api-gateway'
      ? [{ peer: { namespace: s.ingressGateway.namespace, podLabels: { istio: s.ingressGateway.name } }, ports: port }]
      : []),
    ...callers.map((caller) => ({ peer: podsOf(caller), ports: port })),
    { peer: prometheusPods(env), ports: [{ port: ISTIO_METRICS_PORT }] },
  ];
  const egress: NetworkRule[] = [
    DNS,
    { peer: { namespace: s.istioNamespace, podLabels: { app: 'istiod' } }, ports: [{ port: ISTIOD_XDS_PORT }] },
    ...metadataServerRules(env.cluster.dataplaneV2),
    ...callees.map((callee) => ({ peer: podsOf(callee), ports: [{ port: callee.port }] })),
    ...backingRules(env, workload).flatMap((rules) => rules.egress ?? []),
    ...(workload.externalHosts.length > 0
      ? [{ peer: INTERNET, ports: [...new Set(workload.externalHosts.map((h) => h.port))].map((port) => ({ port })) }]
      : []),
    ...tracingEgress(env),
  ];
  return { ingress, egress };
}

/** Spans from a proxy to the tracing collector, when the platform traces. */
export function tracingEgress(env: EnvironmentModel): NetworkRule[] {
  const t = env.tracing;
  return t ? [{ peer: { namespace: t.namespace, podLabels: tracingPods(env) }, ports: [{ port: t.port }] }] : [];
}

/** The collector's pods: Jaeger's, as its chart labels them (`app.kubernetes.io/instance` is the release). */
export const tracingPods = (env: EnvironmentModel): Record<string, string> => ({
  'app.kubernetes.io/instance': env.tracing!.service,
});
