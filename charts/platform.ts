import type { App } from 'cdk8s';
import type { EnvironmentModel, WorkloadModel, WorkloadRole } from '../lib/model';
import { EdgeChart } from './edge';
import { GitOpsChart, type HelmRelease } from './gitops';
import { MeshDefaultsChart, type ExternalService } from './mesh-defaults';
import { KafkaChart, type KafkaNodePoolSpec } from './kafka';
import { MongoChart } from './mongodb';
import type { NetworkRule } from './network-policy';
import { NamespacesChart } from './namespaces';
import { PlatformMonitoringChart } from './platform-monitoring';
import { PriorityClassesChart } from './priority-classes';
import { SecretStoresChart } from './secret-stores';
import { assignSyncWaves, SYNC_WAVE } from './sync-waves';
import { WorkloadChart } from './workload';

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
const DNS: NetworkRule = {
  peer: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
  ports: [
    { port: 53, protocol: 'UDP' },
    { port: 53, protocol: 'TCP' },
  ],
};

/** The managed services outside the mesh, by what a workload uses them for. */
function externalServices(env: EnvironmentModel) {
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

/** SPIFFE identity of a ServiceAccount, as Istio's AuthorizationPolicies name it. */
const principal = (env: EnvironmentModel, namespace: string, account: string) =>
  `${env.mesh.trustDomain}/ns/${namespace}/sa/${account}`;

/**
 * The mesh policy of a workload: who may call it (the ingress gateway for an API gateway, otherwise
 * its callers in the call graph) and which hosts its proxy may reach.
 */
function meshPolicy(env: EnvironmentModel, workload: WorkloadModel) {
  const s = env.surroundings;
  const external = externalServices(env);
  const callers =
    workload.role === 'api-gateway'
      ? [principal(env, s.ingressGateway.namespace, s.ingressGateway.name)]
      : env.workloads.filter((w) => w.calls.includes(workload.name)).map((w) => principal(env, w.namespace, w.name));
  const callees = env.workloads.filter((w) => workload.calls.includes(w.name));
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

const podsOf = (w: WorkloadModel) => ({ namespace: w.namespace, podLabels: { 'app.kubernetes.io/name': w.name } });

/**
 * The connections a workload needs and no others: from its callers (and, for an API gateway, the
 * ingress gateway) to its port, from Prometheus to the sidecar's metrics; to DNS, istiod, the metadata
 * server, its callees and the backing services it uses.
 */
function networkRules(env: EnvironmentModel, workload: WorkloadModel) {
  const s = env.surroundings;
  const callers = env.workloads.filter((w) => w.calls.includes(workload.name));
  const callees = env.workloads.filter((w) => workload.calls.includes(w.name));
  const port = [{ port: workload.port }];
  const ingress: NetworkRule[] = [
    ...(workload.role === 'api-gateway'
      ? [{ peer: { namespace: s.ingressGateway.namespace, podLabels: { istio: s.ingressGateway.name } }, ports: port }]
      : []),
    ...callers.map((caller) => ({ peer: podsOf(caller), ports: port })),
    { peer: { namespace: s.monitoringNamespace }, ports: [{ port: ISTIO_METRICS_PORT }] },
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
 * The Loki labels of every log line, from the pod labels every workload carries (test/monitoring.test.ts
 * checks that every pod has them): `pod label -> Loki label`.
 */
export const LOG_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'app',
  'app.kubernetes.io/component': 'component',
  'app.kubernetes.io/version': 'version',
  'app.kubernetes.io/part-of': 'part_of',
};

/**
 * The log agent's pipeline (Grafana Alloy): every pod's logs, read through the Kubernetes API (no host
 * path), labelled with namespace, pod, container and `LOG_LABELS`, JSON lines' `level` as a label, to Loki.
 */
function alloyConfig(lokiPushUrl: string): string {
  const meta = (label: string) => `__meta_kubernetes_pod_label_${label.replace(/[^A-Za-z0-9]/g, '_')}`;
  const rule = (source: string, target: string) =>
    `  rule {\n    source_labels = ["${source}"]\n    target_label  = "${target}"\n  }`;
  return [
    'discovery.kubernetes "pods" {',
    '  role = "pod"',
    '}',
    'discovery.relabel "pods" {',
    '  targets = discovery.kubernetes.pods.targets',
    rule('__meta_kubernetes_namespace', 'namespace'),
    rule('__meta_kubernetes_pod_name', 'pod'),
    rule('__meta_kubernetes_pod_container_name', 'container'),
    ...Object.entries(LOG_LABELS).map(([podLabel, lokiLabel]) => rule(meta(podLabel), lokiLabel)),
    '}',
    'loki.source.kubernetes "pods" {',
    '  targets    = discovery.relabel.pods.output',
    '  forward_to = [loki.process.json.receiver]',
    '}',
    'loki.process "json" {',
    '  stage.json {',
    '    expressions = { level = "level" }',
    '  }',
    '  stage.labels {',
    '    values = { level = "" }',
    '  }',
    '  forward_to = [loki.write.default.receiver]',
    '}',
    'loki.write "default" {',
    '  endpoint {',
    `    url = "${lokiPushUrl}"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The operators and shared components, as Helm releases with the values this platform needs: Istio with
 * native sidecars and a registry-only mesh, the ingress gateway keeping client addresses (for the source
 * allow-list), cert-manager and Loki with Workload Identity, Prometheus picking up every ServiceMonitor
 * and rule, Grafana every dashboard ConfigMap.
 */
function operatorReleases(env: EnvironmentModel): HelmRelease[] {
  const s = env.surroundings;
  const charts = env.gitops.operators;
  const gsa = (name: string) => `${name}@${env.gcpProject}.iam.gserviceaccount.com`;
  const wi = (name: string) => ({ serviceAccount: { annotations: { 'iam.gke.io/gcp-service-account': gsa(name) } } });
  const first = SYNC_WAVE.operators;
  return [
    {
      name: 'istio-base',
      namespace: s.istioNamespace,
      chart: charts.istioBase,
      wave: first,
      values: { defaultRevision: 'default' },
    },
    {
      name: 'istiod',
      namespace: s.istioNamespace,
      chart: charts.istiod,
      wave: first + 1,
      values: {
        meshConfig: {
          trustDomain: env.mesh.trustDomain,
          outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
          accessLogFile: '/dev/stdout',
          accessLogEncoding: 'JSON',
        },
        pilot: { env: { ENABLE_NATIVE_SIDECARS: 'true' } },
      },
    },
    {
      name: s.ingressGateway.name,
      namespace: s.ingressGateway.namespace,
      chart: charts.istioGateway,
      wave: first + 2,
      values: {
        labels: { istio: s.ingressGateway.name },
        service: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' },
        autoscaling: { minReplicas: 2 },
      },
    },
    {
      name: 'cert-manager',
      namespace: 'cert-manager',
      chart: charts.certManager,
      wave: first,
      values: { crds: { enabled: true }, ...wi('cert-manager') },
    },
    {
      name: 'external-secrets',
      namespace: 'external-secrets',
      chart: charts.externalSecrets,
      wave: first,
      values: { installCRDs: true },
    },
    {
      name: 'strimzi-kafka-operator',
      namespace: s.kafka.namespace,
      chart: charts.strimzi,
      wave: first,
      // Its own namespace, and the clients' one, where the User Operator keeps KafkaUsers and their Secrets.
      values: { watchNamespaces: env.kafka ? [env.kafka.clientNamespace] : [] },
    },
    { name: 'psmdb-operator', namespace: s.mongodb.namespace, chart: charts.psmdbOperator, wave: first, values: {} },
    {
      name: 'kube-prometheus-stack',
      namespace: s.monitoringNamespace,
      chart: charts.kubePrometheusStack,
      wave: first,
      values: {
        prometheus: {
          prometheusSpec: {
            serviceMonitorSelectorNilUsesHelmValues: false,
            podMonitorSelectorNilUsesHelmValues: false,
            ruleSelectorNilUsesHelmValues: false,
          },
        },
        grafana: { sidecar: { dashboards: { enabled: true, label: 'grafana_dashboard', searchNamespace: 'ALL' } } },
      },
    },
    {
      name: 'loki',
      namespace: s.monitoringNamespace,
      chart: charts.loki,
      wave: first,
      values: {
        deploymentMode: 'SingleBinary',
        loki: {
          auth_enabled: false,
          commonConfig: { replication_factor: 1 },
          schemaConfig: {
            configs: [
              {
                from: '2024-01-01',
                store: 'tsdb',
                object_store: 'gcs',
                schema: 'v13',
                index: { prefix: 'index_', period: '24h' },
              },
            ],
          },
          storage: {
            type: 'gcs',
            bucketNames: {
              chunks: `${env.gcpProject}-loki`,
              ruler: `${env.gcpProject}-loki`,
              admin: `${env.gcpProject}-loki`,
            },
          },
        },
        singleBinary: { replicas: 1 },
        ...wi('loki'),
      },
    },
    {
      name: 'alloy',
      namespace: s.monitoringNamespace,
      chart: charts.alloy,
      wave: first + 1,
      values: {
        alloy: {
          configMap: {
            content: alloyConfig(`http://loki-gateway.${s.monitoringNamespace}.svc.cluster.local/loki/api/v1/push`),
          },
        },
      },
    },
  ];
}

/**
 * Adds the charts of one environment to an app. This is the one place where the model is mapped to
 * construct props; each chart id becomes a file name under `dist/<environment>/`.
 */
export function addPlatformCharts(app: App, env: EnvironmentModel): void {
  const platform = env.platform;
  /** The gateways are the entry points: without them nothing behind them is reachable. */
  const priorities: Record<WorkloadRole, { value: number; description: string }> = {
    'api-gateway': { value: 100000, description: `${platform} API gateways: entry points of all traffic` },
    microservice: { value: 90000, description: `${platform} microservices` },
  };
  const priorityClass = (role: WorkloadRole) => `${platform}-${role}`;
  const s = env.surroundings;
  new GitOpsChart(app, 'gitops', {
    platform,
    environment: env.name,
    argoNamespace: env.gitops.namespace,
    repoURL: env.gitops.repoURL,
    targetRevision: env.gitops.targetRevision,
    namespaces: [
      ...env.namespaces,
      s.istioNamespace,
      s.ingressGateway.namespace,
      s.kafka.namespace,
      s.mongodb.namespace,
      s.monitoringNamespace,
    ],
    clusterKinds: [
      { group: '', kind: 'Namespace' },
      { group: 'scheduling.k8s.io', kind: 'PriorityClass' },
      { group: 'cert-manager.io', kind: 'ClusterIssuer' },
    ],
    releases: operatorReleases(env),
  });
  new NamespacesChart(app, 'namespaces', {
    platform,
    namespaces: env.namespaces,
    // Strimzi does not support sidecars; MongoDB has its own TLS and authentication (see SidecarlessDestination).
    outsideMesh: [...new Set([env.kafka?.namespace, env.mongodb?.namespace].filter((n) => n !== undefined))],
  });
  new PriorityClassesChart(app, 'priority-classes', {
    platform,
    classes: (Object.keys(priorities) as WorkloadRole[]).map((role) => ({
      name: priorityClass(role),
      ...priorities[role],
    })),
  });
  new MeshDefaultsChart(app, 'mesh', {
    platform,
    rootNamespace: s.istioNamespace,
    namespaces: env.namespaces,
    externalServices: Object.values(externalServices(env)),
  });
  new EdgeChart(app, 'edge', {
    platform,
    gateway: s.ingressGateway,
    hosts: env.workloads.flatMap((w) => w.hosts.map((host) => ({ host, namespace: w.namespace }))),
    issuer: {
      name: env.tls.clusterIssuer,
      acmeEmail: env.tls.acmeEmail,
      acmeServer: env.tls.acmeServer,
      dnsProject: env.gcpProject,
    },
    sourceAllowList: env.ingressAllowList,
  });
  new PlatformMonitoringChart(app, 'monitoring', {
    platform,
    istioNamespace: s.istioNamespace,
    dashboardNamespace: s.monitoringNamespace,
    workloads: env.workloads.map((w) => `${w.namespace}/${w.name}`),
  });
  const secretStore = 'gcp-secret-manager';
  new SecretStoresChart(app, 'secret-stores', {
    platform,
    name: secretStore,
    gcpProject: env.gcpProject,
    stores: env.secretStores,
  });
  if (env.kafka) addKafkaChart(app, env, env.kafka);
  if (env.mongodb) addMongoChart(app, env, env.mongodb, secretStore);
  for (const workload of env.workloads) {
    new WorkloadChart(app, workload.name, {
      platform,
      name: workload.name,
      namespace: workload.namespace,
      component: workload.role,
      priorityClassName: priorityClass(workload.role),
      imageRepository: workload.imageRepository,
      imageTag: workload.imageTag,
      port: workload.port,
      protocol: workload.protocol,
      replicas: workload.replicas,
      spreadAcrossZones: env.highAvailability,
      healthPaths: workload.healthPaths,
      resources: workload.resources,
      gcpServiceAccount: workload.gcpServiceAccount,
      kubernetesApi: workload.kubernetesApi,
      ...(Object.keys(workload.config).length > 0 ? { config: workload.config } : {}),
      ...(workload.secrets.length > 0
        ? {
            secret: { name: workload.secretName, env: workload.secrets.map((s) => ({ name: s.envVar, key: s.key })) },
            secretSource: { store: secretStore, entries: workload.secrets },
          }
        : {}),
      ...(workload.cloudSql
        ? {
            cloudSqlProxy: {
              image: workload.cloudSql.proxyImage,
              instanceConnectionName: workload.cloudSql.instanceConnectionName,
              resources: workload.cloudSql.proxyResources,
            },
          }
        : {}),
      ...(workload.secretMounts.length > 0
        ? {
            secretVolumes: workload.secretMounts.map((m) => ({
              name: m.volume,
              secretName: m.secretName,
              mountPath: m.mountPath,
            })),
          }
        : {}),
      network: networkRules(env, workload),
      mesh: meshPolicy(env, workload),
      metricsPath: workload.metricsPath,
      monitoring: {
        thresholds: env.alerts,
        ...(env.alerts.sloAlerts ? { availabilityObjective: workload.availabilityObjective } : {}),
        dashboardNamespace: s.monitoringNamespace,
      },
      ...(workload.hosts.length > 0
        ? {
            ingressRoute: {
              hosts: workload.hosts,
              gateway: `${s.ingressGateway.namespace}/${s.ingressGateway.name}`,
              paths: workload.paths,
              timeoutSeconds: env.mesh.routeTimeoutSeconds,
            },
          }
        : {}),
    });
  }
  assignSyncWaves(app);
}

/** Pods of a workload, by name: what the Kafka listener and MongoDB admit. */
const podsNamed = (name: string, namespace: string) => ({
  namespace,
  podLabels: { 'app.kubernetes.io/name': name },
});

function addKafkaChart(app: App, env: EnvironmentModel, kafka: NonNullable<EnvironmentModel['kafka']>): void {
  // KRaft: three nodes that are both controller and broker, or three dedicated controllers beside three brokers.
  const nodePools: KafkaNodePoolSpec[] = kafka.controllers
    ? [
        { name: 'controllers', roles: ['controller'], ...kafka.controllers },
        { name: 'brokers', roles: ['broker'], ...kafka.brokers },
      ]
    : [{ name: 'dual-role', roles: ['controller', 'broker'], ...kafka.brokers }];
  new KafkaChart(app, 'kafka', {
    platform: env.platform,
    name: kafka.cluster,
    namespace: kafka.namespace,
    version: kafka.version,
    port: kafka.port,
    nodePools,
    acrossZones: kafka.acrossZones,
    topics: kafka.topics,
    clientNamespace: kafka.clientNamespace,
    clients: kafka.users.map((user) => ({
      name: user.user,
      produces: user.produces,
      consumes: user.consumes,
      ...(user.consumerGroup ? { consumerGroup: user.consumerGroup } : {}),
      podLabels: podsNamed(user.user, kafka.clientNamespace).podLabels,
    })),
  });
}

function addMongoChart(
  app: App,
  env: EnvironmentModel,
  mongodb: NonNullable<EnvironmentModel['mongodb']>,
  secretStore: string,
): void {
  new MongoChart(app, 'mongodb', {
    platform: env.platform,
    name: mongodb.cluster,
    namespace: mongodb.namespace,
    replicaSet: mongodb.replicaSet,
    port: mongodb.port,
    image: mongodb.image,
    backupImage: mongodb.backupImage,
    storageGiB: mongodb.storageGiB,
    resources: mongodb.resources,
    acrossZones: mongodb.acrossZones,
    users: mongodb.users,
    clients: mongodb.users.map((user) => podsNamed(user.name, user.namespace)),
    clientNamespaces: mongodb.clientNamespaces,
    clientCaSecret: mongodb.clientCaSecret,
    tlsSecret: mongodb.tlsSecret,
    secretStore,
    systemUsersRemoteKey: mongodb.systemUsersRemoteKey,
    backup: mongodb.backup,
    // Name resolution, and the storage API for backups (through Private Google Access).
    egress: [DNS, { peer: { cidr: env.surroundings.googleApisCidr }, ports: [{ port: 443 }] }],
    exporter: { image: mongodb.exporterImage, monitoringNamespace: env.surroundings.monitoringNamespace },
  });
}
