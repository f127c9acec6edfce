/**
 * How workloads reach each other and the world, from the call graph and the backing services they use:
 * their NetworkPolicy rules, their mesh policy (callers' identities, the hosts their proxy knows) and
 * the managed services the mesh is told about. Part of the mapping from the model to construct props
 * (charts/platform.ts).
 */
import type { EnvironmentModel, WorkloadModel } from '../lib/model';
import type { ExternalService } from './mesh-defaults';
import type { NetworkRule } from './network-policy';

/** Port of the Istio sidecar's merged Prometheus metrics (application and Envoy). */
export const ISTIO_METRICS_PORT = 15020;
/** Port of istiod's xDS and certificate service, which every sidecar connects to. */
export const ISTIOD_XDS_PORT = 15012;
/** Cloud SQL's server-side port, which the Auth Proxy connects to. */
const CLOUD_SQL_SERVER_PORT = 3307;
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

/** The managed services outside the mesh, by what a workload uses them for. */
export function externalServices(env: EnvironmentModel) {
  const s = env.surroundings;
  const services = {
    metadata: {
      name: 'gke-metadata-server',
      hosts: ['metadata.google.internal'],
      addresses: ['169.254.169.254/32'],
      ports: [{ number: 80, protocol: 'HTTP' }],
      resolution: 'STATIC',
      endpoints: ['169.254.169.254'],
    },
    cloudSql: {
      name: 'cloud-sql',
      hosts: ['cloud-sql.private-services.internal'],
      addresses: [s.privateServicesCidr],
      ports: [{ number: CLOUD_SQL_SERVER_PORT, protocol: 'TCP' }],
      resolution: 'NONE',
    },
    googleApis: {
      name: 'google-apis',
      hosts: ['sqladmin.googleapis.com'],
      ports: [{ number: 443, protocol: 'TLS' }],
      resolution: 'DNS',
    },
    redis: {
      name: 'memorystore',
      hosts: ['memorystore.private-services.internal'],
      addresses: [s.privateServicesCidr],
      ports: [{ number: s.redisPort, protocol: 'TCP' }],
      resolution: 'NONE',
    },
  } satisfies Record<string, ExternalService>;
  return services;
}

/** What every workload of an environment needs to know about the others, computed once per environment. */
interface Neighbourhood {
  /** Callers of each workload, in the environment's order. */
  readonly callers: ReadonlyMap<string, readonly WorkloadModel[]>;
  /** Callees of each workload, in the environment's order. */
  readonly callees: ReadonlyMap<string, readonly WorkloadModel[]>;
  readonly external: ReturnType<typeof externalServices>;
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
    n = { callers, callees, external: externalServices(env) };
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
  const { external, ...graph } = neighbourhood(env);
  const callers =
    workload.role === 'api-gateway'
      ? [principal(env, s.ingressGateway.namespace, s.ingressGateway.name)]
      : graph.callers.get(workload.name)!.map((w) => principal(env, w.namespace, w.name));
  const callees = graph.callees.get(workload.name)!;
  const local = (service: ExternalService) => service.hosts.map((host) => `./${host}`);
  const egressHosts = [
    `${s.istioNamespace}/*`,
    ...callees.map((c) => `${c.namespace}/${c.name}.${c.namespace}.svc.cluster.local`),
    ...(workload.uses.kafka ? [`${s.kafka.namespace}/*`] : []),
    ...(workload.uses.mongodb ? [`${s.mongodb.namespace}/*`] : []),
    ...local(external.metadata),
    ...(workload.cloudSql ? [...local(external.cloudSql), ...local(external.googleApis)] : []),
    ...(workload.uses.redis ? local(external.redis) : []),
    ...workload.externalHosts.map((h) => `./${h.host}`),
    // The tracing collector, which the proxy itself sends spans to.
    ...(env.tracing
      ? [`${env.tracing.namespace}/${env.tracing.service}.${env.tracing.namespace}.svc.cluster.local`]
      : []),
  ];
  return { allowedPrincipals: callers.sort(), egressHosts, circuitBreaker: env.mesh.circuitBreaker };
}

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
    ...(workload.uses.kafka ? [{ peer: { namespace: s.kafka.namespace }, ports: [{ port: s.kafka.port }] }] : []),
    ...(workload.uses.mongodb ? [{ peer: { namespace: s.mongodb.namespace }, ports: [{ port: s.mongodb.port }] }] : []),
    ...(workload.cloudSql
      ? [
          { peer: { cidr: s.privateServicesCidr }, ports: [{ port: CLOUD_SQL_SERVER_PORT }] },
          { peer: { cidr: s.googleApisCidr }, ports: [{ port: 443 }] },
        ]
      : []),
    ...(workload.uses.redis ? [{ peer: { cidr: s.privateServicesCidr }, ports: [{ port: s.redisPort }] }] : []),
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
