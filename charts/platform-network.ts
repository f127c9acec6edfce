/**
 * How workloads reach each other and the world, from the call graph and the backing services they use:
 * their NetworkPolicy rules, their mesh policy (callers' identities, the hosts their proxy knows) and
 * the managed services the mesh is told about. Part of the mapping from the model to construct props
 * (charts/platform.ts).
 */
import type { EnvironmentModel, WorkloadModel } from '../lib/model';
import type { ExternalService } from './mesh-defaults';
import type { IsolatedNamespace } from './namespace-isolation';
import type { NetworkRule } from './network-policy';

/** Port of the Istio sidecar's merged Prometheus metrics (application and Envoy). */
const ISTIO_METRICS_PORT = 15020;
/** Port of istiod's xDS and certificate service, which every sidecar connects to. */
const ISTIOD_XDS_PORT = 15012;
/** Cloud SQL's server-side port, which the Auth Proxy connects to. */
const CLOUD_SQL_SERVER_PORT = 3307;
/**
 * The GKE metadata server, which hands out Workload Identity tokens: 169.254.169.254:80, served on
 * 169.254.169.252:988 under GKE Dataplane V2.
 */
const METADATA_SERVER: readonly NetworkRule[] = [
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

const podsOf = (w: WorkloadModel) => podsNamed(w.name, w.namespace);

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

/**
 * The ports Prometheus scrapes in the cluster's pods: Istio's merged metrics (sidecars, the ingress
 * gateway) and istiod's; Strimzi's (brokers, Kafka exporter); the MongoDB exporter; the operators' and
 * kube-state-metrics' 8080, cert-manager's 9402; the monitoring stack's own (Prometheus, Alertmanager,
 * Grafana, the prometheus-operator, Loki and its caches and canary, Alloy).
 */
const SCRAPED_PORTS = [
  ISTIO_METRICS_PORT,
  15014,
  9404,
  9216,
  8080,
  9402,
  9090,
  9093,
  3000,
  10250,
  3100,
  9150,
  3500,
  12345,
];
/** The kubelets (and cAdvisor) and the node exporters, on the nodes. */
const NODE_SCRAPED_PORTS = [10250, 9100];

/**
 * Deny-all and explicit rules in the namespaces of the shared components that run pods beside the
 * workloads: istiod, the ingress gateway, cert-manager, External Secrets, Kafka (the cluster operator,
 * the cluster), MongoDB's operator and monitoring. Pod labels are those the pinned charts and operators set (rendered with Helm 4.1.4).
 * Metrics ports admit the Prometheus pods only.
 */
export function isolatedNamespaces(env: EnvironmentModel): IsolatedNamespace[] {
  const s = env.surroundings;
  const prometheus = prometheusPods(env);
  const api: NetworkRule = { peer: { cidr: s.controlPlaneCidr }, ports: [{ port: 443 }] };
  const scrapedBy = (...ports: number[]): NetworkRule => ({ peer: prometheus, ports: ports.map((port) => ({ port })) });
  const istiod: NetworkRule = {
    peer: { namespace: s.istioNamespace, podLabels: { app: 'istiod' } },
    ports: [{ port: ISTIOD_XDS_PORT }],
  };
  const gateways = env.workloads.filter((w) => w.hosts.length > 0);
  const clients = env.ingressAllowList.length > 0 ? env.ingressAllowList : ['0.0.0.0/0'];
  const ingress: IsolatedNamespace = {
    namespace: s.ingressGateway.namespace,
    components: [
      {
        name: s.ingressGateway.name,
        podSelector: { istio: s.ingressGateway.name },
        // HTTP (redirect) and HTTPS from the clients (their addresses kept: externalTrafficPolicy Local).
        ingress: [
          ...clients.map((cidr) => ({ peer: { cidr }, ports: [{ port: 80 }, { port: 443 }] })),
          scrapedBy(ISTIO_METRICS_PORT),
        ],
        egress: [DNS, istiod, ...gateways.map((w) => ({ peer: podsOf(w), ports: [{ port: w.port }] }))],
      },
    ],
  };
  const monitoring: IsolatedNamespace = {
    namespace: s.monitoringNamespace,
    components: [
      {
        name: 'prometheus',
        podSelector: prometheus.podLabels,
        ingress: [
          scrapedBy(9090, 8080),
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'grafana' } },
            ports: [{ port: 9090 }],
          },
        ],
        egress: [
          DNS,
          api,
          { peer: { namespace: '*' }, ports: SCRAPED_PORTS.map((port) => ({ port })) },
          { peer: { cidr: s.nodesCidr }, ports: NODE_SCRAPED_PORTS.map((port) => ({ port })) },
        ],
      },
      {
        name: 'alertmanager',
        podSelector: { 'app.kubernetes.io/name': 'alertmanager' },
        // Alerts from Prometheus, and its metrics; no receiver is configured, so nothing goes out.
        ingress: [scrapedBy(9093, 8080)],
        egress: [DNS],
      },
      {
        name: 'grafana',
        podSelector: { 'app.kubernetes.io/name': 'grafana' },
        ingress: [scrapedBy(3000)],
        // Queries to Prometheus and Loki; its dashboard sidecar watches ConfigMaps through the API.
        egress: [
          DNS,
          api,
          { peer: prometheus, ports: [{ port: 9090 }] },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } },
            ports: [{ port: 8080 }, { port: 3100 }],
          },
        ],
      },
      {
        name: 'kube-state-metrics',
        podSelector: { 'app.kubernetes.io/name': 'kube-state-metrics' },
        ingress: [scrapedBy(8080, 8081)],
        egress: [DNS, api],
      },
      {
        name: 'prometheus-operator',
        podSelector: { app: 'kube-prometheus-stack-operator' },
        // Its admission webhook (PrometheusRules) is called by the API server.
        ingress: [scrapedBy(10250), { peer: { cidr: s.controlPlaneCidr }, ports: [{ port: 10250 }] }],
        egress: [DNS, api],
      },
      {
        name: 'prometheus-admission',
        podSelector: { 'app.kubernetes.io/component': 'prometheus-operator-webhook' },
        ingress: [],
        egress: [DNS, api],
      },
      {
        name: 'loki',
        podSelector: { 'app.kubernetes.io/name': 'loki' },
        // Its parts among themselves; logs from Alloy and queries from Grafana through its gateway.
        ingress: [
          { peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } }, ports: [] },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'alloy' } },
            ports: [{ port: 8080 }],
          },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'grafana' } },
            ports: [{ port: 8080 }, { port: 3100 }],
          },
          scrapedBy(3100, 8080, 9150, 3500),
        ],
        // Its chunks in GCS, as its own GCP service account (Workload Identity).
        egress: [
          DNS,
          { peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } }, ports: [] },
          ...METADATA_SERVER,
          { peer: { cidr: s.googleApisCidr }, ports: [{ port: 443 }] },
        ],
      },
      {
        name: 'alloy',
        podSelector: { 'app.kubernetes.io/name': 'alloy' },
        ingress: [
          scrapedBy(12345),
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'alloy' } },
            ports: [{ port: 12345 }],
          },
        ],
        // Every pod's logs through the API, to Loki's gateway; its peers, when clustered.
        egress: [
          DNS,
          api,
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } },
            ports: [{ port: 8080 }],
          },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'alloy' } },
            ports: [{ port: 12345 }],
          },
        ],
      },
    ],
  };
  const kafkaNamespace = s.kafka.namespace;
  const operatorOf = (labels: Record<string, string>) => ({ namespace: kafkaNamespace, podLabels: labels });
  const strimziOperator = { 'strimzi.io/kind': 'cluster-operator' };
  const kafka: IsolatedNamespace = {
    namespace: kafkaNamespace,
    components: [
      {
        name: 'strimzi-cluster-operator',
        podSelector: strimziOperator,
        ingress: [scrapedBy(8080)],
        // The API, and the clusters' pods it manages (admin client, the brokers' agent).
        egress: [
          DNS,
          api,
          { peer: { namespace: kafkaNamespace, podLabels: { 'strimzi.io/kind': 'Kafka' } }, ports: [] },
        ],
      },
      ...(env.kafka
        ? [
            {
              name: env.kafka.cluster,
              // Brokers, controllers, the entity operator and the Kafka exporter. The clients' access to
              // the listener is the NetworkPolicy Strimzi makes from the listener's peers.
              podSelector: { 'strimzi.io/cluster': env.kafka.cluster },
              ingress: [
                {
                  peer: { namespace: kafkaNamespace, podLabels: { 'strimzi.io/cluster': env.kafka.cluster } },
                  ports: [],
                },
                { peer: operatorOf(strimziOperator), ports: [] },
                scrapedBy(9404),
              ],
              // Each other; the API (the entity operator; the brokers' init container reads its node's zone).
              egress: [
                DNS,
                api,
                {
                  peer: { namespace: kafkaNamespace, podLabels: { 'strimzi.io/cluster': env.kafka.cluster } },
                  ports: [],
                },
              ],
            },
          ]
        : []),
    ],
  };
  const mongoNamespace = s.mongodb.namespace;
  const mongodb: IsolatedNamespace = {
    namespace: mongoNamespace,
    components: [
      {
        name: 'psmdb-operator',
        podSelector: PSMDB_OPERATOR_PODS,
        ingress: [scrapedBy(8080)],
        // The API, and mongod of the replica set it manages.
        egress: [
          DNS,
          api,
          ...(env.mongodb
            ? [
                {
                  peer: { namespace: mongoNamespace, podLabels: { 'app.kubernetes.io/instance': env.mongodb.cluster } },
                  ports: [{ port: s.mongodb.port }],
                },
              ]
            : []),
        ],
      },
    ],
  };
  const everyPod = { namespace: '*' };
  const webhook = (port: number): NetworkRule => ({ peer: { cidr: s.controlPlaneCidr }, ports: [{ port }] });
  const istio: IsolatedNamespace = {
    namespace: s.istioNamespace,
    components: [
      {
        name: 'istiod',
        podSelector: { app: 'istiod' },
        // Every sidecar and gateway (xDS and certificates); the API server (injection and validation
        // webhooks); Prometheus.
        ingress: [{ peer: everyPod, ports: [{ port: ISTIOD_XDS_PORT }] }, webhook(15017), scrapedBy(15014)],
        egress: [DNS, api],
      },
    ],
  };
  const withName = (name: string) => ({ 'app.kubernetes.io/name': name });
  const certManager: IsolatedNamespace = {
    namespace: 'cert-manager',
    components: [
      {
        name: 'cert-manager',
        podSelector: withName('cert-manager'),
        ingress: [scrapedBy(9402)],
        // The API; Let's Encrypt (ACME on 443) and the zone's name servers (the DNS-01 self-check), on the
        // internet; Cloud DNS (Google APIs) as its own GCP service account.
        egress: [
          DNS,
          api,
          { peer: { cidr: '0.0.0.0/0' }, ports: [{ port: 443 }, { port: 53, protocol: 'UDP' }, { port: 53 }] },
          ...METADATA_SERVER,
        ],
      },
      { name: 'webhook', podSelector: withName('webhook'), ingress: [webhook(10250)], egress: [DNS, api] },
      { name: 'cainjector', podSelector: withName('cainjector'), ingress: [], egress: [DNS, api] },
      { name: 'startupapicheck', podSelector: withName('startupapicheck'), ingress: [], egress: [DNS, api] },
    ],
  };
  const externalSecrets: IsolatedNamespace = {
    namespace: 'external-secrets',
    components: [
      {
        name: 'external-secrets',
        podSelector: withName('external-secrets'),
        ingress: [scrapedBy(8080)],
        // The API (its Kubernetes provider too); Secret Manager (Google APIs) with Workload Identity.
        egress: [DNS, api, ...METADATA_SERVER, { peer: { cidr: s.googleApisCidr }, ports: [{ port: 443 }] }],
      },
      {
        name: 'external-secrets-webhook',
        podSelector: withName('external-secrets-webhook'),
        ingress: [webhook(10250), scrapedBy(8080)],
        egress: [DNS, api],
      },
      {
        name: 'external-secrets-cert-controller',
        podSelector: withName('external-secrets-cert-controller'),
        ingress: [scrapedBy(8080)],
        egress: [DNS, api],
      },
    ],
  };
  return [istio, ingress, certManager, externalSecrets, kafka, mongodb, monitoring];
}

/** The MongoDB operator's pods, as its pinned chart (psmdb-operator 1.22.0) labels them. */
export const PSMDB_OPERATOR_PODS = { 'app.kubernetes.io/name': 'psmdb-operator' };
