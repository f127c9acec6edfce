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
 * The GKE metadata server, which hands out Workload Identity tokens: 169.254.169.254:80, served on
 * 169.254.169.252:988 under GKE Dataplane V2.
 */
export const METADATA_SERVER: readonly NetworkRule[] = [
  { peer: { cidr: '169.254.169.254/32' }, ports: [{ port: 80 }] },
  { peer: { cidr: '169.254.169.252/32' }, ports: [{ port: 988 }] },
];
export const DNS: NetworkRule = {
  peer: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
  ports: [
    { port: 53, protocol: 'UDP' },
    { port: 53, protocol: 'TCP' },
  ],
};

/** The managed services outside the mesh, by what a workload uses them for. */
export function externalServices(env: EnvironmentModel) {
  const s = env.surroundings;
  const services = {
    metadata: {
      name: 'gke-metadata-server',
      hosts: ['metadata.google.internal'],
      addresses: ['169.254.169.254/32'],
      port: { number: 80, protocol: 'HTTP' },
      resolution: 'STATIC',
      endpoints: ['169.254.169.254'],
    },
    cloudSql: {
      name: 'cloud-sql',
      hosts: ['cloud-sql.private-services.internal'],
      addresses: [s.privateServicesCidr],
      port: { number: CLOUD_SQL_SERVER_PORT, protocol: 'TCP' },
      resolution: 'NONE',
    },
    googleApis: {
      name: 'google-apis',
      hosts: ['sqladmin.googleapis.com'],
      port: { number: 443, protocol: 'TLS' },
      resolution: 'DNS',
    },
    redis: {
      name: 'memorystore',
      hosts: ['memorystore.private-services.internal'],
      addresses: [s.privateServicesCidr],
      port: { number: s.redisPort, protocol: 'TCP' },
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
    ...METADATA_SERVER,
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
  ];
  return { ingress, egress };
}
